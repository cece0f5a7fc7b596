package org.espice.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import org.apache.hadoop.conf.Configuration;

/** Writes the model files of one input under the names the driver gave them, from the input's record. */
final class ModelOutput {

	/**
	 * @param file  the input, as its record names it
	 * @param names the model file names, in the order of the record's models
	 */
	record Assignment(String file, List<String> names) implements Serializable {
		private static final long serialVersionUID = 1L;
	}

	private ModelOutput() {
	}

	static void write(Assignment a, String out, Configuration conf) throws IOException {
		RecordStore store = new RecordStore(out, conf);
		FileRecord r = store.read(a.file());
		if (r == null || r.models().size() != a.names().size()) {
			throw new IOException("The record of " + a.file() + " is missing or changed while the job ran");
		}
		for (int i = 0; i < a.names().size(); i++) {
			store.writeModel(a.names().get(i), r.models().get(i).text());
		}
	}
}
