// Two names people would take for one: "ana" and "Ana". Set-up and the
// table refuse a second such name when it is typed; a save or a log that
// already holds both still loads (the session's own rule compares bytes).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// `s` with ASCII letters and the Latin-1 capitals (À to Þ, but ×) in lower case.
inline std::string folded_name(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z')
            out[i] = char(c - 'A' + 'a');
        else if (c == 0xC3 && i + 1 < out.size()) {
            unsigned char d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0x80 && d <= 0x9E && d != 0x97)
                out[i + 1] = char(d + 0x20);
            ++i;
        }
    }
    return out;
}

// The name in `names` that is `name` but for case, or nullptr.
inline const std::string* same_name_in(const std::vector<std::string>& names, std::string_view name,
                                       int except = -1) {
    const std::string folded = folded_name(name);
    for (std::size_t i = 0; i < names.size(); ++i)
        if (int(i) != except && folded_name(names[i]) == folded)
            return &names[i];
    return nullptr;
}

} // namespace hearth
