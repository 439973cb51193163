#include "engine/words/hint_fit.hpp"

#include <string_view>
#include <vector>

namespace hearth {

void drop_hints(std::string& hints, const std::function<bool(const std::string&)>& fits) {
    static constexpr std::string_view kSep = "  \u00b7  ";
    std::vector<std::string> parts;
    for (std::size_t at = 0;;) {
        const std::size_t next = hints.find(kSep, at);
        parts.emplace_back(hints.substr(at, next == std::string::npos ? next : next - at));
        if (next == std::string::npos)
            break;
        at = next + kSep.size();
    }
    auto joined = [&] {
        std::string out;
        for (const std::string& p : parts)
            out += (out.empty() ? "" : std::string(kSep)) + p;
        return out;
    };
    std::string now = hints;
    while (!fits(now) && parts.size() > 1) {
        parts.erase(parts.begin() + long(parts.size() > 2 ? parts.size() - 2 : 0));
        now = joined();
    }
    hints = now;
}

} // namespace hearth
