package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RightsNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Harbor Gazette. Reproduction only with permission.",
            "Reproduction prohibited without written permission.",
            "Republication without permission is prohibited.",
            "Republication or redistribution of this content is prohibited without prior written consent.",
            "No part of this publication may be reproduced without the written consent of the publisher.",
            "All material on this site may not be reproduced without permission.",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "© 2024 Example Media. All rights reserved."})
    void reads_notices_in_their_several_wordings(String line) {
        assertThat(RightsNotices.isNotice(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Reproduction of the mural is prohibited, the council ruled.",
            "The report may not be published until the inquiry ends, the minister said.",
            "Images may be published later, police said.",
            "Reproduction only with permission, the gallery's director told reporters who had gathered outside the "
                    + "building on Tuesday morning in the rain. The dispute has run for years.",
            "The museum said copying was prohibited."})
    void leaves_news_about_copying_alone(String line) {
        assertThat(RightsNotices.isNotice(line)).isFalse();
    }
}
