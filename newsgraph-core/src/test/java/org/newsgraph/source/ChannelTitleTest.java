package org.newsgraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelTitleTest {

    @Test
    void the_part_naming_the_feeds_site_is_the_publisher_and_the_other_its_section() {
        assertThat(ChannelTitle.of("Wearside Courier - Courts", "https://www.wearsidecourier.example/courts"))
                .isEqualTo(new ChannelTitle("Wearside Courier", "Courts"));
        assertThat(ChannelTitle.of("World news | The Guardian", "https://www.theguardian.com/world"))
                .isEqualTo(new ChannelTitle("The Guardian", "World news"));
        assertThat(ChannelTitle.of("BBC News - UK Politics", "https://www.bbc.co.uk/news/politics"))
                .isEqualTo(new ChannelTitle("BBC News", "UK Politics"));
        assertThat(ChannelTitle.of("NYT > World News", "https://www.nytimes.com/section/world"))
                .isEqualTo(new ChannelTitle("NYT", "World News"));
        assertThat(ChannelTitle.of("RTÉ News: Sport", "https://www.rte.ie/sport/"))
                .isEqualTo(new ChannelTitle("RTÉ News: Sport", null));
        assertThat(ChannelTitle.of("Rte - Business", "https://www.rte.ie/news/business/"))
                .isEqualTo(new ChannelTitle("Rte", "Business"));
    }

    @Test
    void a_title_stays_whole_when_the_link_does_not_say_which_part_is_the_site() {
        // no link, no separator, neither part the site, both parts it, a tagline rather than a section
        assertThat(ChannelTitle.of("Harbour News - Local", null))
                .isEqualTo(new ChannelTitle("Harbour News - Local", null));
        assertThat(ChannelTitle.of("Harbour News", "https://harbour.example/"))
                .isEqualTo(new ChannelTitle("Harbour News", null));
        assertThat(ChannelTitle.of("Politics - Analysis", "https://www.dailystar.example/"))
                .isEqualTo(new ChannelTitle("Politics - Analysis", null));
        assertThat(ChannelTitle.of("BBC - BBC News", "https://www.bbc.co.uk/news"))
                .isEqualTo(new ChannelTitle("BBC - BBC News", null));
        assertThat(ChannelTitle.of("Mercury - news, sport and what's on in the valley", "https://mercury.example/"))
                .isEqualTo(new ChannelTitle("Mercury - news, sport and what's on in the valley", null));
        assertThat(ChannelTitle.of("Court of Appeal - Judgments - Civil", "https://courtofappeal.example/"))
                .isEqualTo(new ChannelTitle("Court of Appeal - Judgments - Civil", null));
        assertThat(ChannelTitle.of("Tom's blog - Notes", "https://feeds.feedburner.com/tom"))
                .isEqualTo(new ChannelTitle("Tom's blog - Notes", null));
    }
}
