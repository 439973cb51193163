#include "tools/print_sizes.hpp"

#include <array>
#include <charconv>
#include <cmath>

namespace hearth::tools {
namespace {

struct Named {
    std::string_view name;
    SizeMm size;
};

constexpr std::array<Named, 7> kCards{{{"poker", {63, 88}},
                                       {"poker-in", {63.5, 88.9}},
                                       {"bridge", {57, 89}},
                                       {"tarot", {70, 120}},
                                       {"mini", {44, 63}},
                                       {"square", {70, 70}},
                                       {"euro", {59, 92}}}};
constexpr std::array<Named, 4> kPapers{{{"a4", {210, 297}},
                                        {"a3", {297, 420}},
                                        {"letter", {215.9, 279.4}},
                                        {"tabloid", {279.4, 431.8}}}};

constexpr std::array<PrintPreset, 2> kPresets{
    {{"drivethrucards", {63.5, 88.9}, 3.175, 300}, {"makeplayingcards", {63.5, 88.9}, 3.048, 300}}};

std::optional<double> number(std::string_view s) {
    double v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

std::optional<SizeMm> card_size(std::string_view name) {
    for (const Named& n : kCards)
        if (n.name == name)
            return n.size;
    auto x = name.find('x');
    if (x == std::string_view::npos)
        return std::nullopt;
    std::string_view h = name.substr(x + 1);
    double scale = 1;
    if (h.ends_with("mm")) {
        h.remove_suffix(2);
    } else if (h.ends_with("in")) {
        h.remove_suffix(2);
        scale = kMmPerInch;
    }
    auto w = number(name.substr(0, x)), hh = number(h);
    if (!w || !hh)
        return std::nullopt;
    const double wm = *w * scale, hm = *hh * scale;
    if (wm < 10 || hm < 10 || wm > 400 || hm > 400)
        return std::nullopt;
    return SizeMm{wm, hm};
}

std::string card_size_names() {
    std::string out;
    for (const Named& n : kCards)
        out += (out.empty() ? "" : ", ") + std::string(n.name);
    return out + ", or WxH in mm or inches (63x88, 2.5x3.5in)";
}

std::optional<PrintPreset> print_preset(std::string_view name) {
    for (const PrintPreset& p : kPresets)
        if (p.name == name)
            return p;
    return std::nullopt;
}

std::string print_preset_names() {
    std::string out;
    for (const PrintPreset& p : kPresets)
        out += (out.empty() ? "" : " or ") + std::string(p.name);
    return out;
}

std::optional<SizeMm> paper_size(std::string_view name) {
    for (const Named& n : kPapers)
        if (n.name == name)
            return n.size;
    return std::nullopt;
}

std::optional<double> parse_length(std::string_view text) {
    double scale = 1;
    if (text.ends_with("mm")) {
        text.remove_suffix(2);
    } else if (text.ends_with("in")) {
        text.remove_suffix(2);
        scale = kMmPerInch;
    } else if (text.ends_with("pt")) {
        text.remove_suffix(2);
        scale = 1 / kPointsPerMm;
    }
    auto v = number(text);
    if (!v || *v < 0)
        return std::nullopt;
    return *v * scale;
}

int mm_to_px(double mm, int dpi) {
    return static_cast<int>(std::lround(mm / kMmPerInch * dpi));
}

} // namespace hearth::tools
