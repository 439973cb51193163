// The catalogues: German, Spanish and French words for the catalogue's
// messages, plural forms and dates in each language's own form, key names,
// the pseudo-language, and diagnostics that stay English.
#include "engine/words/key_words.hpp"
#include "engine/words/translation.hpp"
#include "engine/words/words.hpp"
#include "game/base/utf8.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hearth;

namespace {

const std::filesystem::path kLocale = HEARTH_LOCALE_DIR;

// The interface in `language` for one test; English again afterwards.
struct InLanguage {
    explicit InLanguage(std::string_view language) {
        REQUIRE(set_interface_language(language, kLocale));
    }
    ~InLanguage() { set_interface_language("en", kLocale); }
    InLanguage(const InLanguage&) = delete;
    InLanguage& operator=(const InLanguage&) = delete;
};

std::vector<std::string> sorted_placeholders(std::string_view s) {
    std::vector<std::string> p = placeholders(s);
    std::sort(p.begin(), p.end());
    return p;
}

} // namespace

SCENARIO("the interface speaks German, Spanish and French", "[words][languages]") {
    {
        InLanguage de("de");
        CHECK(interface_language() == "de");
        CHECK(say(Refusal::SessionEnded) == "die Runde ist vorbei");
        CHECK(say(Message{MessageId::TableRoundOf,
                          {{"round", std::int64_t{2}}, {"rounds", std::int64_t{5}}}}) ==
              "Runde 2 von 5");
    }
    {
        InLanguage es("es-MX"); // a region falls back to the language
        CHECK(interface_language() == "es");
        CHECK(say(Refusal::SessionEnded) == "la sesión ha terminado");
    }
    {
        InLanguage fr("fr_CA.UTF-8");
        CHECK(say(Refusal::SessionEnded) == "la session est finie");
    }
    CHECK(say(Refusal::SessionEnded) == "the session is over");
}

SCENARIO("every message of the catalogue has its words in each shipped language, with the same "
         "placeholders",
         "[words][languages]") {
    for (const std::string& lang : shipped_languages()) {
        InLanguage in(lang);
        int same = 0;
        for (int i = 0; i < kMessageCount; ++i) {
            const std::string_view en = english(static_cast<MessageId>(i));
            const std::string said = tr(en);
            INFO(lang << ": " << en);
            CHECK(sorted_placeholders(said) == sorted_placeholders(en));
            same += said == en;
        }
        // Only words that read the same ("{name}", "**{card}**", "Mission") stay.
        CHECK(same < 12);
    }
}

SCENARIO("plural forms follow the language's rule", "[words][languages]") {
    auto cards = [](std::int64_t n) { return tr_n("{n} card", "{n} cards", n); };
    CHECK(cards(0) == "{n} cards");
    CHECK(cards(1) == "{n} card");
    {
        InLanguage fr("fr"); // French counts zero as one
        CHECK(cards(0) == "{n} carte");
        CHECK(cards(1) == "{n} carte");
        CHECK(cards(2) == "{n} cartes");
    }
    {
        InLanguage de("de");
        CHECK(cards(0) == "{n} Karten");
        CHECK(cards(1) == "{n} Karte");
    }
}

SCENARIO("dates are written in the language's own form, without the system's locales",
         "[words][languages]") {
    CHECK(long_date_words(2026, 12, 1) == "1 December 2026");
    {
        InLanguage de("de");
        CHECK(long_date_words(2026, 12, 1) == "1. Dezember 2026");
    }
    {
        InLanguage es("es");
        CHECK(long_date_words(2026, 3, 9) == "9 de marzo de 2026");
    }
    {
        InLanguage fr("fr");
        CHECK(long_date_words(2026, 2, 14) == "14 février 2026");
    }
}

SCENARIO("keys are named in the interface's language", "[words][languages]") {
    CHECK(key_name("Ctrl+Shift+Z") == "Ctrl+Shift+Z");
    InLanguage de("de");
    CHECK(key_name("Ctrl+Shift+Z") == "Strg+Umschalt+Z");
    CHECK(key_name("Space") == "Leertaste");
    CHECK(key_name("+") == "+");
    CHECK(key_name("Shift+1 \u2013 3") == "Umschalt+1 \u2013 3");
    CHECK(key_name("F5") == "F5");
}

SCENARIO("deck diagnostics stay English whatever the interface's language", "[words][languages]") {
    InLanguage de("de");
    Diagnostic d = file_error({"deck.toml", 3, 7}, "");
    d.words = Message{MessageId::StartNoFormat, {{"deck", "d"}, {"format", "f"}}};
    CHECK(say(d) == "deck.toml:3:7: error: the deck 'd' has no format 'f'");
}

SCENARIO("the person's choice of language wins over the deck's", "[words][languages]") {
    CHECK(follow_language("", "fr", kLocale));
    CHECK(interface_language() == "fr");
    CHECK(follow_language("de", "fr", kLocale));
    CHECK(interface_language() == "de");
    // A deck in a language Hearth has no words for: English.
    CHECK(follow_language("", "ar", kLocale));
    CHECK(interface_language() == "en");
    // A person's choice Hearth has no words for is said to be one.
    CHECK_FALSE(follow_language("tlh", "fr", kLocale));
    CHECK(interface_language() == "en");
    set_interface_language("en", kLocale);
}

SCENARIO("the pseudo-language is accented and 40% longer, its placeholders kept",
         "[words][languages]") {
    for (int i = 0; i < kMessageCount; ++i) {
        const std::string_view en = english(static_cast<MessageId>(i));
        const std::string p = pseudo(en);
        INFO(en << " -> " << p);
        CHECK(sorted_placeholders(p) == sorted_placeholders(en));
        bool has_letters = false;
        std::string outside; // the words outside placeholders
        for (std::size_t k = 0, depth = 0; k < en.size(); ++k) {
            depth += en[k] == '{' ? 1 : en[k] == '}' ? std::size_t(-1) : 0;
            has_letters =
                has_letters || (depth == 0 && std::isalpha(static_cast<unsigned char>(en[k])));
        }
        if (has_letters)
            CHECK(utf8_length(p) * 10 >= utf8_length(en) * 14);
        for (std::size_t k = 0, depth = 0; k < p.size(); ++k) {
            depth += p[k] == '{' ? 1 : p[k] == '}' ? std::size_t(-1) : 0;
            if (depth == 0 && p[k] != '}')
                outside += p[k];
        }
        CHECK(std::none_of(outside.begin(), outside.end(),
                           [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }));
    }
    CHECK(pseudo(pseudo("the session is over")) == pseudo("the session is over"));
}
