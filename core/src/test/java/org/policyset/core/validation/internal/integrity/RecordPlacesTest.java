package org.policyset.core.validation.internal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.policyset.core.io.InputFile;
import org.policyset.core.io.InputFormat;
import org.policyset.core.io.ReadRecord;
import org.policyset.core.model.RecordType;
import org.policyset.core.diagnostic.Location;
import org.policyset.core.internal.json.SliceLocator;
import org.policyset.core.internal.json.Json;

/**
 * Record places must give back every record's file, offset, line, column and pointer, whatever the
 * run of slots predicts: records on lines that do not follow each other, in other columns, at
 * pointers out of order, in files past 4 GiB, in several files, and read by the reference path.
 */
class RecordPlacesTest {

  private record Put(String display, long offset, int line, int column, String pointer,
      boolean reference) {}

  @Test
  void givesBackWhereEveryRecordStands() {
    Random r = new Random(11);
    RecordPlaces places = new RecordPlaces(RecordType.STANCE);
    List<Put> puts = new ArrayList<>();
    long offset = 0;
    int line = 1;
    int index = 0;
    String display = "a.jsonl";
    for (int slot = 0; slot < 100_000; slot++) {
      if (slot == 30_000) {
        display = "b.json";
        offset = 0;
        line = 1;
      }
      boolean jsonl = display.endsWith(".jsonl");
      // Mostly what the run predicts; now and then a gap, another column, a jump past 4 GiB.
      offset += 100 + r.nextInt(2000) + (r.nextInt(20_000) == 0 ? 3L << 32 : 0);
      line += r.nextInt(10) == 0 ? 2 + r.nextInt(5) : 1;
      index += r.nextInt(10) == 0 ? 2 : 1;
      int column = jsonl ? 1 : r.nextInt(20) == 0 ? 9 : 5;
      String pointer = jsonl ? "" : r.nextInt(500) == 0 ? "/other/" + slot : "/stances/" + index;
      boolean reference = r.nextInt(300) == 0;
      Put p = new Put(display, offset, line, column, pointer, reference);
      puts.add(p);
      places.put(slot, record(p));
    }
    for (int slot = 0; slot < puts.size(); slot++) {
      Put p = puts.get(slot);
      assertThat(places.pointer(slot)).as("pointer of %d", slot).isEqualTo(p.pointer());
      assertThat(places.locate(slot, "")).as("location of %d", slot)
          .isEqualTo(new Location(p.display(), p.line(), p.column()));
      assertThat(places.offset(slot)).as("offset of %d", slot)
          .isEqualTo(p.reference() ? -1 : p.offset());
      assertThat(places.takes(slot)).isEqualTo(p.reference());
    }
  }

  private static ReadRecord record(Put p) {
    Location root = new Location(p.display(), p.line(), p.column());
    InputFile file = new InputFile(Path.of(p.display()), p.display(),
        p.display().endsWith(".jsonl") ? InputFormat.JSON_LINES : InputFormat.JSON);
    if (p.reference()) {
      return new ReadRecord(RecordType.STANCE, "s", null, false, file, p.pointer(), root,
          pointer -> root);
    }
    return new ReadRecord(RecordType.STANCE, "s", null, true, file, p.pointer(), root,
        new SliceLocator(Json.mapper(), file.path(), p.display(), p.offset(), 100, root,
            p.display().endsWith(".jsonl")));
  }
}
