package org.dyad.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a long run on standard error, with rate and ETA, drawn by the progressbar library;
 * or nothing, when output is not a terminal or the user said {@code --no-progress}.
 */
interface Progress extends AutoCloseable {
  void step(String detail);

  @Override
  void close();

  /** A bar of {@code total} steps (unknown when negative: then rate but no ETA). */
  static Progress bar(String task, long total) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" articles", 1)
        .showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().build();
    return new Progress() {
      @Override
      public void step(String detail) {
        bar.step();
        bar.setExtraMessage(detail);
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  static Progress none() {
    return new Progress() {
      @Override
      public void step(String detail) {}

      @Override
      public void close() {}
    };
  }
}
