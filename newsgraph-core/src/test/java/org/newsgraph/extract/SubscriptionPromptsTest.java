package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriptionPromptsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Already have an account? Log in",
        "Already a subscriber? Sign in here.",
        "Unlock this article — plus in-depth analysis, newsletters, premium events, and news alerts.",
        "Unlock unlimited access",
        "To read the rest of this story subscribe to STAT+.",
        "To continue reading, please log in.",
        "Subscribe to continue reading",
        "Log in or subscribe to read the full article.",
        "This article is exclusive to STAT+ subscribers",
        "This content is for subscribers only.",
        "Subscriber-only content",
        "You have 2 free articles left this month.",
        "You've reached your limit of free articles."
    })
    void paywall_prompts_are_prompts(String line) {
        assertThat(SubscriptionPrompts.isPrompt(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Riverton Courier said readers would have to log in to continue reading its archive from March.",
        "Subscribers already have an account with the utility, the company said.",
        "Netflix raised the price of its standard plan to $17.99 a month on Tuesday.",
        "Monthly subscriptions rose 12 percent, to 4.1 million, the streaming service reported.",
        "\"You have to subscribe to read anything now,\" said one reader, Maria Ortiz.",
        "Analysts said the decision to unlock the reserves would ease prices.",
        "The club will unlock the stadium's north stand for season-ticket holders next year.",
        "To read the ruling, the judge said, is to see how narrow the law is.",
        "This article is based on interviews with more than 40 subscribers.",
        "You have to read the whole report to understand the risk, the minister said.",
        "Members of the union voted to accept the offer on Friday.",
        "Already a member of the cabinet, Okafor was named deputy prime minister.",
        "The newspaper's paywall, introduced in 2019, now has 300,000 subscribers.",
        "Subscribe"
    })
    void news_about_subscriptions_and_paywalls_is_not(String line) {
        assertThat(SubscriptionPrompts.isPrompt(line)).isFalse();
    }
}
