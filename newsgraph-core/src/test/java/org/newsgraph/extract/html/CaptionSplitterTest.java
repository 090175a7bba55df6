package org.newsgraph.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Caption;

class CaptionSplitterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Protesters gather outside parliament. (Photo: Jane Doe/Reuters)|Protesters gather outside parliament.|Photo: Jane Doe/Reuters",
            "The bridge after the storm. Photograph by Tom Lee|The bridge after the storm.|Photograph by Tom Lee",
            "Fans celebrate in the square. Credit: AP|Fans celebrate in the square.|Credit: AP",
            "The minister arrives for talks John Smith/Getty Images|The minister arrives for talks|John Smith/Getty Images",
            "A photo of the old harbour at dawn|A photo of the old harbour at dawn|-",
            "Volunteers sort donations at the hall. (Supplied)|Volunteers sort donations at the hall.|Supplied",
            "The new ferry on its first run. (Harbour Council)|The new ferry on its first run.|Harbour Council",
            "The mayor (left) greets residents at the fair.|The mayor (left) greets residents at the fair.|-",
            "Runners pass the finish line (Main Street)|Runners pass the finish line (Main Street)|-",
            "Children play in the park on a sunny afternoon.|Children play in the park on a sunny afternoon.|-"})
    void splits_inline_credits_from_caption_text(String caption, String text, String credit) {
        assertThat(CaptionSplitter.split(caption)).isEqualTo(new Caption(text, credit));
    }
}
