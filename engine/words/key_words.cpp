// The names of keys, each a catalogue entry in the context "key" (German
// calls Ctrl "Strg", French calls Return "Entrée").
#include "engine/words/key_words.hpp"

#include "engine/words/translation.hpp"

namespace hearth {
namespace {

// One key's name, or itself when it has none to translate ("S", "F5", "?").
std::string one_key(std::string_view k) {
    if (k == "Space")
        return tr_ctx("key", "Space");
    if (k == "Return")
        return tr_ctx("key", "Return");
    if (k == "Enter")
        return tr_ctx("key", "Enter");
    if (k == "PageDown")
        return tr_ctx("key", "PageDown");
    if (k == "PageUp")
        return tr_ctx("key", "PageUp");
    if (k == "Backspace")
        return tr_ctx("key", "Backspace");
    if (k == "Escape")
        return tr_ctx("key", "Escape");
    if (k == "Insert")
        return tr_ctx("key", "Insert");
    if (k == "Delete")
        return tr_ctx("key", "Delete");
    if (k == "Home")
        return tr_ctx("key", "Home");
    if (k == "End")
        return tr_ctx("key", "End");
    if (k == "Tab")
        return tr_ctx("key", "Tab");
    if (k == "Ctrl")
        return tr_ctx("key", "Ctrl");
    if (k == "Shift")
        return tr_ctx("key", "Shift");
    return std::string(k);
}

} // namespace

std::string key_name(std::string_view label) {
    // '+' joins keys, except where it is the key itself ("+", "Ctrl++").
    std::string out;
    std::size_t start = 0;
    while (start <= label.size()) {
        std::size_t plus = label.find('+', start == label.size() ? start : start + 1);
        if (plus == std::string_view::npos)
            plus = label.size();
        out += one_key(label.substr(start, plus - start));
        if (plus == label.size())
            break;
        out += '+';
        start = plus + 1;
    }
    return out;
}

} // namespace hearth
