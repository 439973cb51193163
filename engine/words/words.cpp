// Rendering a message: its template with its arguments filled in.
#include "engine/words/words.hpp"

#include "engine/words/translation.hpp"

namespace hearth {

std::vector<std::string> placeholders(std::string_view templ) {
    std::vector<std::string> out;
    for (std::size_t open = templ.find('{'); open != std::string_view::npos;
         open = templ.find('{', open + 1)) {
        const std::size_t close = templ.find('}', open);
        if (close == std::string_view::npos)
            break;
        out.emplace_back(templ.substr(open + 1, close - open - 1));
    }
    return out;
}

namespace {

std::string render(const Message& m, const ArgEscape& escape, bool english_only);

// A message argument is said with the outer message's other arguments:
// "Undone: {move}" with move = "{player}'s pass" and player = "Caro".
std::string value_of(const MessageArg& a, const Message& outer, const ArgEscape& escape,
                     bool english_only) {
    auto text = [&](std::string_view s) { return escape ? escape(s) : std::string(s); };
    if (const auto* s = std::get_if<std::string>(&a.value))
        return text(*s);
    if (const auto* n = std::get_if<std::int64_t>(&a.value))
        return std::to_string(*n);
    if (const auto* id = std::get_if<MessageId>(&a.value)) {
        Message inner{*id, {}};
        for (const MessageArg& o : outer.args)
            if (!std::holds_alternative<MessageId>(o.value))
                inner.args.push_back(o);
        return render(inner, escape, english_only);
    }
    std::string out;
    for (std::size_t i = 0; const std::string& item : std::get<std::vector<std::string>>(a.value))
        out += (i++ ? ", " : "") + text(item);
    return out;
}

// `m` in words: in the interface's language, or in English (diagnostics,
// like a compiler's, stay English).
std::string render(const Message& m, const ArgEscape& escape, bool english_only) {
    const std::string templ = english_only ? std::string(english(m.id)) : tr(english(m.id));
    return fill_with(templ, [&](std::string_view name) -> std::optional<std::string> {
        const MessageArg* a = m.arg(name);
        if (!a)
            return std::nullopt;
        return value_of(*a, m, escape, english_only);
    });
}

} // namespace

std::string say(const Message& m, const ArgEscape& escape) {
    return render(m, escape, false);
}

std::string say(Refusal r) {
    return say(message_of(r));
}

std::string say(const Diagnostic& d) {
    if (!d.words)
        return d.str();
    Diagnostic said = d;
    said.message = render(*d.words, {}, true);
    said.words.reset();
    return said.str();
}

} // namespace hearth
