package org.espice.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-file report, with the columns of {@code espice process}'s CSV report, written through Spark's CSV writer
 * so the job's commit protocol guards it: one file in input order under {@code <out>/espice-report/}.
 */
final class ReportRows {

	static final String FOLDER = "espice-report";

	static final StructType SCHEMA = new StructType()
			.add("index", DataTypes.IntegerType, false)
			.add("file", DataTypes.StringType, false)
			.add("state", DataTypes.StringType, false)
			.add("category", DataTypes.StringType)
			.add("message", DataTypes.StringType)
			.add("parts", DataTypes.StringType)
			.add("kind", DataTypes.StringType)
			.add("parameters", DataTypes.IntegerType, false)
			.add("models", DataTypes.StringType)
			.add("attempts", DataTypes.IntegerType, false)
			.add("read_ms", DataTypes.LongType, false)
			.add("fit_ms", DataTypes.LongType, false)
			.add("write_ms", DataTypes.LongType, false)
			.add("total_ms", DataTypes.LongType, false);

	private ReportRows() {
	}

	static List<Row> rows(List<FileRecord> records, Map<Integer, List<String>> names) {
		List<Row> out = new ArrayList<>();
		for (FileRecord r : records) {
			out.add(RowFactory.create(r.index() + 1, r.file(), r.state(), r.category(), r.message(),
					String.join(";", r.parts()), r.kind(), r.parameters(),
					String.join(";", names.getOrDefault(r.index(), List.of())), r.attempts(), r.readMillis(),
					r.fitMillis(), r.writeMillis(), r.totalMillis()));
		}
		return out;
	}

	static String write(SparkSession spark, List<Row> rows, String out) {
		String folder = out.endsWith("/") ? out + FOLDER : out + "/" + FOLDER;
		spark.createDataFrame(rows, SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite).option("header", "true")
				.csv(folder);
		return folder;
	}
}
