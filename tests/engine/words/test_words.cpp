#include "engine/words/words.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hearth;

SCENARIO("every message has its words, and its words name only its arguments", "[words]") {
    for (int i = 0; i < kMessageCount; ++i) {
        const auto id = static_cast<MessageId>(i);
        INFO(to_string(id));
        CHECK(!to_string(id).empty());
        const std::string_view words = english(id);
        CHECK(!words.empty());
        const auto args = message_args(id);
        for (const std::string& p : placeholders(words)) {
            INFO("placeholder {" << p << "}");
            CHECK(std::find(args.begin(), args.end(), p) != args.end());
        }
        CHECK(std::count(words.begin(), words.end(), '{') ==
              std::count(words.begin(), words.end(), '}'));
    }
}

SCENARIO("every refusal is a message with words", "[words]") {
    for (int r = 0; r <= static_cast<int>(Refusal::BadDuration); ++r) {
        const Message m = message_of(static_cast<Refusal>(r));
        CHECK(to_string(m.id) == "refusal." + std::string(to_string(static_cast<Refusal>(r))));
        CHECK(!say(static_cast<Refusal>(r)).empty());
    }
    CHECK(say(Refusal::SessionEnded) == "the session is over");
}

SCENARIO("a message is said with its arguments", "[words]") {
    GIVEN("a message with text, numbers and another message") {
        const Message count{MessageId::StartPlayerCount,
                            {{"format", "popcorn"}, {"min", 2}, {"max", 4}, {"count", 1}}};
        const Message refused{MessageId::ReplayRefused,
                              {{"action", "next"}, {"reason", MessageId::RefusalSessionEnded}}};
        THEN("the placeholders are filled in") {
            CHECK(say(count) == "the format 'popcorn' seats 2 to 4 players, not 1");
            CHECK(say(refused) ==
                  "the replay refuses this next: the session is over (is it the same deck?)");
        }
        THEN("its machine form names the id and every argument") {
            CHECK(to_string(count) ==
                  "start.player-count(format='popcorn', min=2, max=4, count=1)");
        }
    }
    GIVEN("a message missing an argument its words name") {
        THEN("the placeholder shows, so the mistake is seen") {
            CHECK(say(Message{MessageId::StartDuplicateName, {}}) ==
                  "two players are named '{name}'");
        }
    }
    GIVEN("a diagnostic whose words are a message") {
        Diagnostic d;
        d.where = {"night.jsonl", 3, 0};
        d.words = Message{MessageId::StartDuplicateName, {{"name", "Ana"}}};
        THEN("it prints like every other diagnostic") {
            CHECK(say(d) == "night.jsonl:3: error: two players are named 'Ana'");
            CHECK(d.str() == "night.jsonl:3: error: start.duplicate-name(name='Ana')");
        }
    }
}
