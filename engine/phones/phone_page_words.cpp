#include "engine/phones/phone_page_words.hpp"

#include "game/session/session_json.hpp"

#include <map>

namespace hearth {

std::string html_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string phone_page_in(std::string_view html, const PhoneWords& words) {
    if (words.page.empty())
        return std::string(html);
    std::map<std::string, std::string, std::less<>> said;
    Json all = Json::object();
    for (const auto& [english, w] : words.page) {
        said[english] = w;
        all[english] = w;
    }
    std::string out;
    out.reserve(html.size() * 2);
    constexpr std::string_view kRoot = "<html lang=\"en\">";
    constexpr std::string_view kMark = "data-word=\"";
    std::size_t at = 0;
    while (at < html.size()) {
        if (html.compare(at, kRoot.size(), kRoot) == 0) {
            out += "<html lang=\"" + html_escaped(words.language.empty() ? "en" : words.language) +
                   "\" data-words=\"" + html_escaped(dump_json(all)) + "\">";
            at += kRoot.size();
            continue;
        }
        if (html.compare(at, kMark.size(), kMark) != 0) {
            out += html[at++];
            continue;
        }
        // data-word="English" ...>English<: the text becomes its words.
        const std::size_t value = at + kMark.size();
        const std::size_t quote = html.find('"', value);
        const std::size_t open = quote == std::string_view::npos ? quote : html.find('>', quote);
        const std::size_t close = open == std::string_view::npos ? open : html.find('<', open);
        if (close == std::string_view::npos) {
            out.append(html.substr(at));
            break;
        }
        const std::string_view english = html.substr(value, quote - value);
        const std::string_view text = html.substr(open + 1, close - open - 1);
        out.append(html.substr(at, open + 1 - at));
        auto found = said.find(english);
        if (text == english && found != said.end())
            out += html_escaped(found->second);
        else
            out.append(text);
        at = close;
    }
    return out;
}

} // namespace hearth
