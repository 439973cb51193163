#include "engine/phones/phone_write.hpp"

// The limits do_write refuses over (Refusal::CardTooLong), the W form's.
#include "game/session/detail/session_detail.hpp"

namespace hearth {
namespace {

std::string unix_lines(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n')
                ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool control(unsigned char c) {
    return c < 0x20 || c == 0x7f;
}

} // namespace

std::optional<PhoneRefusal> check_written_card(std::string& title, std::string& text) {
    title = unix_lines(title);
    text = unix_lines(text);
    for (unsigned char c : title)
        if (control(c))
            return PhoneRefusal::ControlCharacters;
    for (unsigned char c : text)
        if (control(c) && c != '\n' && c != '\t')
            return PhoneRefusal::ControlCharacters;
    if (title.find_first_not_of(' ') == std::string::npos)
        return PhoneRefusal::EmptyTitle;
    if (title.size() > kMaxTitleBytes || text.size() > kMaxTextBytes)
        return PhoneRefusal::CardTooLong;
    return std::nullopt;
}

} // namespace hearth
