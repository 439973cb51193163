#include "game/deck/art_hints.hpp"

#include <algorithm>
#include <array>
#include <system_error>

namespace hearth {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

constexpr std::array<std::string_view, 4> kImageExtensions{".png", ".jpg", ".jpeg", ".svg"};

bool is_image_extension(const std::string& ext) {
    const std::string e = lower(ext);
    return std::find(kImageExtensions.begin(), kImageExtensions.end(), e) != kImageExtensions.end();
}

// The entry of `dir` that `name` means: its own spelling, else one that
// differs only by letter case; with `any_extension`, else one with the
// same stem and another image extension. Empty when none.
std::string match_in(const fs::path& dir, const std::string& name, bool any_extension) {
    std::error_code ec;
    if (fs::exists(dir / name, ec))
        return name;
    std::string by_case, by_extension;
    const std::string want = lower(name), want_stem = lower(fs::path(name).stem().string());
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string entry = it->path().filename().string();
        if (lower(entry) == want) {
            if (by_case.empty() || entry < by_case)
                by_case = entry;
        } else if (any_extension && lower(it->path().stem().string()) == want_stem &&
                   is_image_extension(it->path().extension().string())) {
            if (by_extension.empty() || entry < by_extension)
                by_extension = entry;
        }
    }
    return !by_case.empty() ? by_case : by_extension;
}

// The first `href="..."` or `xlink:href="..."` value at or after `from`.
std::string_view attribute_after(std::string_view bytes, std::size_t from, std::string_view name) {
    std::size_t at = bytes.find(name, from);
    if (at == std::string_view::npos)
        return {};
    std::size_t q = at + name.size();
    while (q < bytes.size() && (bytes[q] == ' ' || bytes[q] == '='))
        ++q;
    if (q >= bytes.size() || (bytes[q] != '"' && bytes[q] != '\''))
        return {};
    const std::size_t end = bytes.find(bytes[q], q + 1);
    if (end == std::string_view::npos)
        return {};
    return bytes.substr(q + 1, end - q - 1);
}

bool has_element(std::string_view bytes, std::string_view name) {
    for (std::size_t at = bytes.find(name); at != std::string_view::npos;
         at = bytes.find(name, at + 1)) {
        const std::size_t after = at + name.size();
        if (after < bytes.size() &&
            (bytes[after] == ' ' || bytes[after] == '>' || bytes[after] == '/' ||
             bytes[after] == '\n' || bytes[after] == '\t' || bytes[after] == '\r'))
            return true;
    }
    return false;
}

} // namespace

std::string art_near_miss(const fs::path& folder, const std::string& relative) {
    fs::path rel = fs::path(relative).lexically_normal();
    fs::path dir = folder, found;
    for (auto it = rel.begin(); it != rel.end(); ++it) {
        const bool last = std::next(it) == rel.end();
        const std::string part = it->string();
        if (part == "." || part.empty())
            continue;
        const std::string m = part == ".." ? part : match_in(dir, part, last);
        if (m.empty())
            return {};
        dir /= m;
        found /= m;
    }
    const std::string out = found.generic_string();
    return out == rel.generic_string() ? std::string() : out;
}

std::vector<std::string> svg_warnings(std::string_view bytes) {
    std::vector<std::string> out;
    const std::size_t root = bytes.find("<svg");
    const std::size_t root_end = bytes.find('>', root);
    const bool self_closed =
        root_end != std::string_view::npos && root_end > 0 && bytes[root_end - 1] == '/';
    if (bytes.find("</svg>") == std::string_view::npos && !self_closed)
        out.push_back("is cut off: it has no closing </svg>, so parts of it may not be drawn");
    static constexpr std::array<std::string_view, 10> kDrawing{
        "<path",     "<rect",    "<circle", "<ellipse", "<line",
        "<polyline", "<polygon", "<image",  "<use",     "<text"};
    if (std::none_of(kDrawing.begin(), kDrawing.end(),
                     [&](std::string_view e) { return has_element(bytes, e); }))
        out.push_back("draws nothing: it has no path, shape or image, so the art slot stays empty");
    // A reference outside the picture: an href that is neither a fragment
    // (#id) nor embedded data, or a url(...) naming a file or an address.
    std::string external;
    for (std::size_t at = bytes.find("href"); at != std::string_view::npos && external.empty();
         at = bytes.find("href", at + 4)) {
        std::string_view v = attribute_after(bytes, at, "href");
        if (!v.empty() && !v.starts_with("#") && !v.starts_with("data:"))
            external = v;
    }
    for (std::size_t at = bytes.find("url("); at != std::string_view::npos && external.empty();
         at = bytes.find("url(", at + 4)) {
        const std::size_t end = bytes.find(')', at);
        std::string_view v = bytes.substr(at + 4, end == std::string_view::npos ? 0 : end - at - 4);
        while (!v.empty() && (v.front() == '"' || v.front() == '\'' || v.front() == ' '))
            v.remove_prefix(1);
        while (!v.empty() && (v.back() == '"' || v.back() == '\'' || v.back() == ' '))
            v.remove_suffix(1);
        if (v.starts_with("file:") || v.starts_with("http:") || v.starts_with("https:"))
            external = v;
    }
    if (!external.empty())
        out.push_back("refers to '" + external +
                      "' outside itself, which Hearth does not load: embed it in the SVG");
    if (has_element(bytes, "<text"))
        out.push_back("holds text, which Hearth's SVG reader does not draw: convert the text to "
                      "paths (Inkscape: Path > Object to Path) or put it in the card's text");
    return out;
}

} // namespace hearth
