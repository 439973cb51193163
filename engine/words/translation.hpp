// The interface's language: which catalogue the words come from. English
// templates are the message ids (gettext's way); a language's catalogue is
// po/LANG.po, compiled to LANG/LC_MESSAGES/hearth.mo and read by
// Boost.Locale, which parses the catalogue itself and formats dates with
// ICU, so no system locale needs to be installed. "pseudo" is English made
// accented and 40% longer, for the fit tests.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// Chooses the interface's language ("de", "fr_CA", "es-MX", "pseudo"; "" or
// "en": English), its catalogues read from `folder` (see find_locale_dir).
// False, and English, when no catalogue for it is there.
bool set_interface_language(std::string_view language, const std::filesystem::path& folder);
// The person's choice (`chosen`: the option, else the preference) wins over
// the deck's language; English when neither has a catalogue. False when
// `chosen` names a language Hearth has no words for.
bool follow_language(std::string_view chosen, std::string_view deck_language,
                     const std::filesystem::path& folder);
// The language chosen ("en" by default).
const std::string& interface_language();
// The languages Hearth ships, besides English and the pseudo-language.
const std::vector<std::string>& shipped_languages();
// The language part of a tag: "de-AT" -> "de", "fr_CA.UTF-8" -> "fr".
std::string language_of(std::string_view tag);

// `english` in the interface's language (itself when untranslated).
std::string tr(std::string_view english);
// The form of `one` / `many` for `n` by the language's plural rule.
std::string tr_n(std::string_view one, std::string_view many, std::int64_t n);
// `english` in a context that tells it apart ("key": a key's name).
std::string tr_ctx(std::string_view context, std::string_view english);

// Marks `english` for the catalogue where it is kept; it is translated
// where it is shown (a hint's words are translated by the binding table).
constexpr const char* tr_later(const char* english) {
    return english;
}

// `templ` with each `{name}` replaced: fill("{n} cards", {{"n", "3"}}).
std::string fill(std::string_view templ,
                 const std::vector<std::pair<std::string_view, std::string>>& values);
// The same walk for any source of values: each `{name}` that `value` knows
// is replaced, the others stay as written (words.cpp renders messages so).
std::string fill_with(std::string_view templ,
                      const std::function<std::optional<std::string>(std::string_view)>& value);

// A day as the language writes it: "1 December 2026", "1. Dezember 2026".
std::string long_date_words(int year, int month, int day);

// The pseudo-language's form of `english`: letters accented, placeholders
// and Markdown kept, 40% more characters.
std::string pseudo(std::string_view english);

} // namespace hearth
