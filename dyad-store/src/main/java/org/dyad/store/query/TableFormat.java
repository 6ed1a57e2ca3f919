package org.dyad.store.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** How a {@link Table} is written: aligned text for people, CSV (RFC 4180) or JSON Lines for programs. */
public enum TableFormat {
  TABLE {
    @Override
    public void write(Table t, Writer out) throws IOException {
      int[] width = new int[t.columns().size()];
      for (int c = 0; c < width.length; c++) {
        width[c] = t.columns().get(c).length();
        for (List<Object> r : t.rows()) {
          width[c] = Math.max(width[c], Math.min(MAX_CELL, text(r.get(c)).length()));
        }
      }
      line(out, t.columns().stream().map(Object.class::cast).toList(), width);
      for (List<Object> r : t.rows()) {
        line(out, r, width);
      }
    }

    private static void line(Writer out, List<Object> cells, int[] width) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < width.length; c++) {
        String s = text(cells.get(c));
        s = s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
        boolean right = cells.get(c) instanceof Number;
        String pad = " ".repeat(width[c] - s.length());
        sb.append(c == 0 ? "" : "  ").append(right ? pad + s : s + (c == width.length - 1 ? "" : pad));
      }
      out.write(sb.toString().stripTrailing());
      out.write('\n');
    }
  },
  CSV {
    @Override
    public void write(Table t, Writer out) throws IOException {
      row(out, t.columns().stream().map(Object.class::cast).toList());
      for (List<Object> r : t.rows()) {
        row(out, r);
      }
    }

    private static void row(Writer out, List<Object> cells) throws IOException {
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          out.write(',');
        }
        out.write(csvCell(cells.get(c)));
      }
      out.write("\r\n");
    }
  },
  JSONL {
    @Override
    public void write(Table t, Writer out) throws IOException {
      for (List<Object> r : t.rows()) {
        StringWriter line = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(line)) {
          g.writeStartObject();
          for (int c = 0; c < r.size(); c++) {
            g.writeFieldName(t.columns().get(c));
            switch (r.get(c)) {
              case null -> g.writeNull();
              case Integer i -> g.writeNumber(i);
              case Long l -> g.writeNumber(l);
              case Double d -> g.writeNumber(d);
              case Number n -> g.writeNumber(n.toString());
              case Boolean b -> g.writeBoolean(b);
              case Object o -> g.writeString(o.toString());
            }
          }
          g.writeEndObject();
        }
        out.write(line.toString());
        out.write('\n');
      }
    }
  };

  private static final int MAX_CELL = 60;
  private static final JsonFactory JSON = new JsonFactory();

  public abstract void write(Table t, Writer out) throws IOException;

  /** The table as one string. */
  public String format(Table t) {
    StringWriter w = new StringWriter();
    try {
      write(t, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static String text(Object v) {
    return switch (v) {
      case null -> "";
      case Double d -> d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(java.util.Locale.ROOT, "%.1f", d)
          : String.format(java.util.Locale.ROOT, "%.2f", d);
      default -> v.toString().replace('\n', ' ');
    };
  }

  /** A CSV field: quoted when it holds a comma, quote or line break. */
  public static String csvCell(Object v) {
    String s = v == null ? "" : v instanceof Double d ? d.toString() : v.toString();
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
