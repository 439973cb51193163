#include "tools/print_options.hpp"

#include <algorithm>
#include <charconv>

namespace hearth::tools {

std::optional<int> read_print_options(std::string_view verb, Args args, PrintOptions& o,
                                      std::initializer_list<std::string_view> own,
                                      std::initializer_list<std::string_view> own_flags) {
    auto in = [](std::initializer_list<std::string_view> list, std::string_view a) {
        return std::find(list.begin(), list.end(), a) != list.end();
    };
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        bool takes_value = a == "--size" || a == "--bleed" || a == "--dpi" || a == "--out" ||
                           a == "-o" || a == "--preset" || in(own, a);
        if (takes_value && i + 1 == args.size())
            return usage_error(verb, std::string(a) + " needs a value");
        if (a == "--size") {
            o.size_name = args[++i];
            auto size = card_size(o.size_name);
            if (!size)
                return usage_error(verb, "unknown card size '" + o.size_name + "'; use " +
                                             card_size_names());
            o.spec.card = *size;
        } else if (a == "--preset") {
            // A print service's size, bleed and resolution; options after it
            // may still change each.
            auto p = print_preset(args[++i]);
            if (!p)
                return usage_error(verb, "unknown preset '" + std::string(args[i]) + "'; use " +
                                             print_preset_names());
            o.size_name = std::string(p->name);
            o.spec.card = p->card;
            o.spec.bleed = p->bleed;
            o.spec.dpi = p->dpi;
        } else if (a == "--bleed") {
            auto v = parse_length(args[++i]);
            if (!v || *v > 20)
                return usage_error(verb, "--bleed takes a length such as 3mm or 0.125in, up "
                                         "to 20mm");
            o.spec.bleed = *v;
        } else if (a == "--dpi") {
            auto v = args[++i];
            int dpi = 0;
            auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), dpi);
            if (ec != std::errc{} || end != v.data() + v.size() || dpi < 72 || dpi > 1200)
                return usage_error(verb, "--dpi takes a whole number from 72 to 1200");
            o.spec.dpi = dpi;
        } else if (a == "--out" || a == "-o") {
            o.out = args[++i];
        } else if (in(own, a)) {
            o.rest.push_back(a);
            o.rest.push_back(args[++i]);
        } else if (in(own_flags, a)) {
            o.rest.push_back(a);
        } else if (a.starts_with("-")) {
            return usage_error(verb, "unknown option '" + std::string(a) + "'");
        } else if (o.deck.empty()) {
            o.deck = a;
        } else {
            return usage_error(verb, "one deck at a time");
        }
    }
    if (o.deck.empty())
        return usage_error(verb, "no deck given");
    if (o.out.empty())
        return usage_error(verb, "say where to write with --out");
    return std::nullopt;
}

} // namespace hearth::tools
