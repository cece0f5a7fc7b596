package org.espice.spark;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;
import org.apache.spark.TaskContext;

/**
 * The local file system, except that the first write of a record or model file in each task fails, as a lost
 * executor or a full disk would fail it: every task of the job that writes fails once and is run again by Spark.
 */
public class FlakyLocalFileSystem extends RawLocalFileSystem {

	/** The job's temporary names: {@code .<target>.<uuid>.tmp}. */
	private static final Pattern TEMP = Pattern.compile("^\\.(.+\\.(?:lib|json))\\.[0-9a-f-]{36}\\.tmp$");
	static final Set<String> FAILED = ConcurrentHashMap.newKeySet();
	static final AtomicInteger FAILURES = new AtomicInteger();

	@Override
	public FSDataOutputStream create(Path f, FsPermission permission, boolean overwrite, int bufferSize,
			short replication, long blockSize, Progressable progress) throws IOException {
		failFirst(f);
		return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
	}

	@Override
	public FSDataOutputStream create(Path f, boolean overwrite, int bufferSize, short replication, long blockSize,
			Progressable progress) throws IOException {
		failFirst(f);
		return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
	}

	private static void failFirst(Path f) throws IOException {
		Matcher m = TEMP.matcher(f.getName());
		TaskContext task = TaskContext.get();
		if (m.matches() && task != null && FAILED.add(task.stageId() + "/" + task.partitionId())) {
			FAILURES.incrementAndGet();
			throw new IOException("injected: first write of " + m.group(1) + " fails");
		}
	}
}
