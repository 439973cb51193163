// The catalogues: Boost.Locale's gettext reader on Hearth's own folder.
// Sections: choosing the language, looking words up, dates.
#include "engine/words/translation.hpp"

#include <boost/locale/date_time.hpp>
#include <boost/locale/format.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/message.hpp>

#include <ctime>
#include <locale>
#include <mutex>
#include <optional>
#include <sstream>

namespace hearth {
namespace {

namespace bl = boost::locale;

struct Current {
    std::string language = "en";
    bool pseudo = false;
    bool translated = false; // a catalogue is loaded
    std::filesystem::path folder;
    // Its messages and ICU's formats. English and the pseudo-language look
    // nothing up, so theirs is made on the first date (ICU's start and its
    // data cost milliseconds and megabytes before the first frame).
    std::optional<std::locale> locale;
};

std::locale generate(const std::string& language, const std::filesystem::path& folder);

Current& current() {
    static Current c;
    return c;
}

std::mutex& locale_mutex() {
    static std::mutex m;
    return m;
}

// The language's locale, made on first use; a plain std::locale would
// write a date as its number of seconds, so ICU's is made for English too.
std::locale locale_of(Current& c) {
    std::lock_guard<std::mutex> lock(locale_mutex());
    if (!c.locale)
        c.locale = generate(c.language, c.folder);
    return *c.locale;
}

// ICU's locale name for `language` (British English for dates in English:
// day, month, year, as Hearth always wrote them).
std::string icu_name(const std::string& language) {
    if (language == "en" || language == "pseudo")
        return "en_GB.UTF-8";
    return language + ".UTF-8";
}

std::locale generate(const std::string& language, const std::filesystem::path& folder) {
    bl::generator gen;
    gen.add_messages_path(folder.string());
    gen.add_messages_domain("hearth");
    return gen(icu_name(language));
}

} // namespace

// ---------------------------------------------------------------- choosing the language

const std::vector<std::string>& shipped_languages() {
    static const std::vector<std::string> kShipped = {"de", "es", "fr"};
    return kShipped;
}

std::string language_of(std::string_view tag) {
    std::string out;
    for (char c : tag) {
        if (c == '-' || c == '_' || c == '.' || c == '@')
            break;
        out += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return out;
}

bool set_interface_language(std::string_view language, const std::filesystem::path& folder) {
    Current& c = current();
    std::string lang = language_of(language);
    Current chosen;
    chosen.folder = folder;
    bool found = true;
    if (lang == "pseudo") {
        chosen.language = lang;
        chosen.pseudo = true;
    } else if (!lang.empty() && lang != "en") {
        std::error_code ec;
        found = std::filesystem::is_regular_file(folder / lang / "LC_MESSAGES" / "hearth.mo", ec);
        if (found) {
            chosen.language = lang;
            chosen.translated = true;
            // Its words are looked up from the first frame on.
            chosen.locale = generate(lang, folder);
        }
    }
    std::lock_guard<std::mutex> lock(locale_mutex());
    c = std::move(chosen);
    return found;
}

bool follow_language(std::string_view chosen, std::string_view deck_language,
                     const std::filesystem::path& folder) {
    if (!chosen.empty())
        return set_interface_language(chosen, folder);
    set_interface_language(deck_language, folder);
    return true;
}

const std::string& interface_language() {
    return current().language;
}

// ---------------------------------------------------------------- looking words up

std::string tr(std::string_view english) {
    const Current& c = current();
    if (c.pseudo)
        return pseudo(english);
    if (!c.translated || english.empty()) // "" would find the catalogue's header
        return std::string(english);
    return bl::gettext(std::string(english).c_str(), *c.locale);
}

std::string tr_n(std::string_view one, std::string_view many, std::int64_t n) {
    const Current& c = current();
    if (c.pseudo)
        return pseudo(n == 1 ? one : many);
    if (!c.translated)
        return std::string(n == 1 ? one : many);
    return bl::ngettext(std::string(one).c_str(), std::string(many).c_str(), n, *c.locale);
}

std::string tr_ctx(std::string_view context, std::string_view english) {
    const Current& c = current();
    if (c.pseudo)
        return pseudo(english);
    if (!c.translated || english.empty())
        return std::string(english);
    return bl::pgettext(std::string(context).c_str(), std::string(english).c_str(), *c.locale);
}

std::string fill_with(std::string_view templ,
                      const std::function<std::optional<std::string>(std::string_view)>& value) {
    std::string out;
    std::size_t pos = 0;
    for (std::size_t open = templ.find('{'); open != std::string_view::npos;
         open = templ.find('{', pos)) {
        const std::size_t close = templ.find('}', open);
        if (close == std::string_view::npos)
            break;
        out += templ.substr(pos, open - pos);
        if (std::optional<std::string> v = value(templ.substr(open + 1, close - open - 1)))
            out += *v;
        else
            out += templ.substr(open, close - open + 1);
        pos = close + 1;
    }
    out += templ.substr(pos);
    return out;
}

std::string fill(std::string_view templ,
                 const std::vector<std::pair<std::string_view, std::string>>& values) {
    return fill_with(templ, [&values](std::string_view name) -> std::optional<std::string> {
        for (const auto& [k, v] : values)
            if (k == name)
                return v;
        return std::nullopt;
    });
}

// ---------------------------------------------------------------- dates

std::string long_date_words(int year, int month, int day) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = 12;
    const std::time_t t = timegm(&tm);
    std::ostringstream out;
    out.imbue(locale_of(current()));
    out << bl::as::date << bl::as::date_long << bl::as::gmt << t;
    return out.str();
}

} // namespace hearth
