package org.dyad.spark;

import java.io.Serializable;

/**
 * Where a Spark task gets its coder. Shipped to every executor with the task, so it must be
 * small and {@link Serializable}; {@link #coder()} is called once per task and must return the
 * same, already loaded coder to every task of an executor JVM after the first (the NLP models
 * take some 10 s and 1.2 GB to load).
 */
@FunctionalInterface
public interface CoderSource extends Serializable {
  ArticleCoder coder();
}
