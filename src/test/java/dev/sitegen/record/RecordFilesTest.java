package dev.sitegen.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sitegen.run.Provenance;

class RecordFilesTest {

    /** An example's record as generators wrote it before they kept what produced a run. */
    private static final String WITHOUT_PRODUCED_BY = """
            {
              "id": "threads-daemon-2",
              "key": "62a7acc090725d0383eac1a72b036b46667badea3572e86f2f6634a22e48031a",
              "checksum": "77f081d524531edabaf0d4a16e0dbdc5ebd584f2750e195f7f2c0f24612cb55f",
              "compilerOutput": [],
              "runs": [
                {
                  "exitCode": 0,
                  "durationMs": 39,
                  "timedOut": false,
                  "droppedBytes": 0,
                  "output": [
                    {
                      "stream": "out",
                      "text": "daemon: going to sleep for a day\\nmain: returning\\n"
                    }
                  ]
                }
              ]
            }
            """;

    @Test
    void aRecordWrittenBeforeProvenanceKeepsItsChecksumAndShowsNone() {
        RecordFiles.ExampleRecord old = RecordFiles.GSON.fromJson(WITHOUT_PRODUCED_BY, RecordFiles.ExampleRecord.class);
        assertThat(old.computeChecksum()).isEqualTo(old.checksum());
        assertThat(RecordFiles.fromRecord(old).provenance()).isEmpty();
    }

    @Test
    void provenanceSurvivesTheRoundTripAndIsCoveredByTheChecksum() {
        Provenance by = new Provenance("JDK 25.0.3", "Linux", "amd64", 2, LocalDate.of(2026, 12, 1));
        RecordFiles.ExampleRecord written = RecordFiles.toRecord("a", "k", new Stored(List.of(), List.of(), Optional.of(by)));
        String json = RecordFiles.GSON.toJson(written);
        assertThat(json).contains("\"producedBy\"").contains("\"recorded\": \"2026-12-01\"");

        RecordFiles.ExampleRecord read = RecordFiles.GSON.fromJson(json, RecordFiles.ExampleRecord.class);
        assertThat(read.computeChecksum()).isEqualTo(read.checksum());
        assertThat(RecordFiles.fromRecord(read).provenance()).contains(by);
        assertThat(by.text()).isEqualTo("recorded 2026-12-01 · JDK 25.0.3 · Linux amd64 · 2 cores");

        RecordFiles.ExampleRecord edited = RecordFiles.GSON.fromJson(json.replace("\"cores\": 2", "\"cores\": 64"), RecordFiles.ExampleRecord.class);
        assertThat(edited.computeChecksum()).isNotEqualTo(edited.checksum());
    }

    @Test
    void aMalformedDateIsAnIncompleteRecord() {
        Provenance by = new Provenance("JDK 25.0.3", "Linux", "amd64", 2, LocalDate.of(2026, 12, 1));
        String json = RecordFiles.GSON.toJson(RecordFiles.toRecord("a", "k", new Stored(List.of(), List.of(), Optional.of(by))))
                .replace("2026-12-01", "yesterday");
        RecordFiles.ExampleRecord read = RecordFiles.GSON.fromJson(json, RecordFiles.ExampleRecord.class);
        assertThatThrownBy(() -> RecordFiles.fromRecord(read)).isInstanceOf(IllegalArgumentException.class);
    }
}
