package org.newsgraph.spark;

import java.io.Serializable;

/**
 * One row a task made, in its JSON form, and the table it goes to. Rows stay JSON until the driver reads them
 * against the table's schema, so the Parquet columns are the very fields {@code newsgraph analyze} prints.
 */
record TableRow(Table table, String json) implements Serializable {

    enum Table { ARTICLES, PROBLEMS }
}
