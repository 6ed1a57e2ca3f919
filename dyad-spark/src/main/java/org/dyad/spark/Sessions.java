package org.dyad.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Starts Spark for Dyad's commands: the master given on the command line, else the one {@code
 * spark-submit} set, else {@code local[*]}; times in UTC (dates read from timestamps are UTC days).
 */
final class Sessions {
  private Sessions() {}

  static SparkSession start(String master, String appName) {
    SparkSession.Builder b = SparkSession.builder().appName(appName)
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      b = b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b = b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel(System.getProperty("dyad.spark.logLevel", "WARN"));
    return spark;
  }
}
