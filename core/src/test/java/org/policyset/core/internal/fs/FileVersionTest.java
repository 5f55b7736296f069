package org.policyset.core.internal.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a command remembers of a file it read, to refuse replacing it once someone else changed it:
 * the same file untouched has the same version, any rewrite gives another, and the checksum covers
 * every byte (it is what notices a rewrite of the same size within one tick of a coarse clock).
 */
class FileVersionTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 8191, 8192, 65_536, 65_537, 300_001})
  void theChecksumIsTheCrc32cOfEveryByte(int size) throws Exception {
    byte[] content = new byte[size];
    new Random(size).nextBytes(content);
    Path file = Files.write(dir.resolve("data.json"), content);
    CRC32C expected = new CRC32C();
    expected.update(content);

    FileVersion version = FileVersion.of(file);

    assertThat(version.checksum()).isEqualTo(expected.getValue());
    assertThat(version.size()).isEqualTo(size);
  }

  @Test
  void filesOfOneSizeWithOtherBytesHaveOtherChecksums() throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "{\"topics\": [{\"id\": \"b\"}]}");
    Path b = Files.writeString(dir.resolve("b.json"), "{\"topics\": [{\"id\": \"c\"}]}");

    assertThat(FileVersion.of(a).checksum()).isNotEqualTo(FileVersion.of(b).checksum());
  }

  @Test
  void anUntouchedFileKeepsItsVersionAndEveryKindOfRewriteChangesIt() throws Exception {
    Path file = Files.writeString(dir.resolve("data.json"), "{\"topics\": []}\n");
    FileVersion read = FileVersion.of(file);

    assertThat(FileVersion.of(file)).isEqualTo(read);

    Files.writeString(file, "{\"topics\": []}\n");   // the same bytes, written again in place
    FileVersion inPlace = FileVersion.of(file);
    assertThat(inPlace).isNotEqualTo(read);

    Path saved = Files.writeString(dir.resolve("data.json.swp"), "{\"topics\": []}\n");
    Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertThat(FileVersion.of(file)).isNotEqualTo(inPlace);
  }

  @Test
  void aMissingFileHasAVersionOfItsOwn() throws Exception {
    FileVersion missing = FileVersion.of(dir.resolve("missing.json"));

    assertThat(missing).isNotNull().isEqualTo(FileVersion.of(dir.resolve("other.json")));
    assertThat(missing.size()).isEqualTo(-1);
    assertThat(missing).isNotEqualTo(FileVersion.of(Files.createFile(dir.resolve("empty.json"))));
  }
}
