package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.html.HtmlMetadataExtractor;

class MetadataBenchmarkTest {

    @Test
    void keeps_metadata_quality_on_the_wcxb_dev_pages() {
        String shared = System.getProperty("newsgraph.shared.data");
        assumeTrue(shared != null, "newsgraph.shared.data not set");
        Path data = Path.of(shared, "extraction-wcxb-dev");
        assumeTrue(Files.isRegularFile(data.resolve("gold.json.gz")), "WCXB dev data absent");
        MetadataBenchmark.Result r = MetadataBenchmark.run(data, new HtmlMetadataExtractor(), null);
        assertThat(r.pages()).isEqualTo(621);
        assertThat(r.failures()).isZero();
        assertThat(r.titleAccuracy()).isGreaterThan(0.80);
        assertThat(r.titleTokenF1()).isGreaterThan(0.94);
        assertThat(r.authorF1()).isGreaterThan(0.74);
        assertThat(r.authorPresenceAccuracy()).isGreaterThan(0.82);
        assertThat(r.dateAccuracy()).isGreaterThan(0.77);
        assertThat(r.dateFalsePositive()).isLessThan(40);
    }

    @Test
    void splits_and_normalises_names_as_the_metric_describes() {
        assertThat(NameMetric.names(List.of("By Dr. José Núñez, PhD and Mary-Ann O'Neil")))
                .containsExactly("jose nunez", "mary ann oneil");
        assertThat(NameMetric.names(List.of("Holly Wilgus, E-RYT 200"))).containsExactly("holly wilgus");
    }

    @Test
    void scores_titles_by_token_overlap() {
        assertThat(MetadataBenchmark.tokenF1("Rivers rise", "Rivers rise | Courier")).isEqualTo(0.8);
        assertThat(MetadataBenchmark.normalTitle("  Rivers\u00a0RISE ")).isEqualTo("rivers rise");
    }
}
