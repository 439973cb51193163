#include "game/deck/art_probe.hpp"

#include "game/base/folder_file.hpp"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace hearth {

namespace {

// A length of the root <svg> element in pixels at 96 dpi, as SDL_image's
// SVG reader (nanosvg) takes it; none when absent, relative (%, em) or not
// a number.
std::optional<double> svg_length(std::string_view value) {
    std::size_t i = 0;
    while (i < value.size() && (value[i] == ' ' || value[i] == '\t'))
        ++i;
    std::size_t end = i;
    while (end < value.size() &&
           (std::isdigit(static_cast<unsigned char>(value[end])) || value[end] == '.' ||
            value[end] == '-' || value[end] == '+' || value[end] == 'e' || value[end] == 'E'))
        ++end;
    if (end == i)
        return std::nullopt;
    char* stop = nullptr;
    const std::string number(value.substr(i, end - i));
    const double n = std::strtod(number.c_str(), &stop);
    if (stop != number.c_str() + number.size() || !std::isfinite(n))
        return std::nullopt;
    std::string_view unit = value.substr(end);
    while (!unit.empty() && (unit.back() == ' ' || unit.back() == '\t'))
        unit.remove_suffix(1);
    static constexpr std::pair<std::string_view, double> kUnits[] = {
        {"", 1},    {"px", 1},           {"pt", 96.0 / 72},  {"pc", 16},
        {"in", 96}, {"cm", 96.0 / 2.54}, {"mm", 96.0 / 25.4}};
    for (const auto& [name, px] : kUnits)
        if (unit == name)
            return n * px;
    return std::nullopt;
}

// The value of attribute `name` in the tag text `tag`, if any.
std::optional<std::string_view> attribute(std::string_view tag, std::string_view name) {
    for (std::size_t at = tag.find(name); at != std::string_view::npos;
         at = tag.find(name, at + 1)) {
        const bool starts = at > 0 && std::isspace(static_cast<unsigned char>(tag[at - 1]));
        std::size_t eq = at + name.size();
        while (eq < tag.size() && std::isspace(static_cast<unsigned char>(tag[eq])))
            ++eq;
        if (!starts || eq >= tag.size() || tag[eq] != '=')
            continue;
        std::size_t q = eq + 1;
        while (q < tag.size() && std::isspace(static_cast<unsigned char>(tag[q])))
            ++q;
        if (q >= tag.size() || (tag[q] != '"' && tag[q] != '\''))
            return std::nullopt;
        const std::size_t close = tag.find(tag[q], q + 1);
        if (close == std::string_view::npos)
            return std::nullopt;
        return tag.substr(q + 1, close - q - 1);
    }
    return std::nullopt;
}

// The width and height a JPEG's frame header (SOFn) declares, found by
// walking its segments from the start of the file (EXIF and other APPn
// segments before it may be up to 64 KiB each); none when the file ends, is
// damaged or starts its scan first.
std::optional<std::pair<unsigned, unsigned>> jpeg_declared_size(int fd) {
    off_t at = 2; // after SOI
    for (int segments = 0; segments < 4096; ++segments) {
        unsigned char m[2];
        if (::pread(fd, m, 2, at) != 2 || m[0] != 0xFF)
            return std::nullopt;
        if (m[1] == 0xFF) { // fill byte before a marker
            at += 1;
            continue;
        }
        at += 2;
        if (m[1] == 0x01 || (m[1] >= 0xD0 && m[1] <= 0xD7))
            continue; // a marker without a segment
        if (m[1] == 0xD9 || m[1] == 0xDA)
            return std::nullopt; // the end, or the scan, before any frame header
        unsigned char head[7];
        const ssize_t n = ::pread(fd, head, sizeof head, at);
        if (n < 2)
            return std::nullopt;
        const unsigned length = (head[0] << 8) | head[1];
        if (length < 2)
            return std::nullopt;
        const bool frame = m[1] >= 0xC0 && m[1] <= 0xCF && m[1] != 0xC4 && m[1] != 0xC8 &&
                           m[1] != 0xCC; // SOF0..SOF15, not DHT, JPG or DAC
        if (frame) {
            if (n < 7 || length < 7)
                return std::nullopt;
            return std::pair{static_cast<unsigned>((head[5] << 8) | head[6]),
                             static_cast<unsigned>((head[3] << 8) | head[4])};
        }
        at += length;
    }
    return std::nullopt;
}

// Why a raster image of w x h pixels is refused, if it is: beyond a side no
// screen or print needs, or beyond the pixels Hearth decodes for one image.
std::optional<std::string> raster_too_large(std::string_view kind, unsigned long w,
                                            unsigned long h) {
    if (w == 0 || h == 0 || w > kMaxArtSide || h > kMaxArtSide)
        return std::string("is a ") + std::string(kind) + " image of impossible size " +
               std::to_string(w) + "x" + std::to_string(h);
    if (static_cast<double>(w) * static_cast<double>(h) > kMaxArtPixels)
        return std::string("is a ") + std::string(kind) + " image of " + std::to_string(w) + "x" +
               std::to_string(h) + " pixels; art is limited to " + std::to_string(kMaxArtSide) +
               " pixels a side and " + std::to_string(std::llround(kMaxArtPixels / 1e6)) +
               " million pixels";
    return std::nullopt;
}

} // namespace

std::optional<std::pair<double, double>> svg_declared_size(std::string_view bytes) {
    const std::size_t open = bytes.find("<svg");
    if (open == std::string_view::npos)
        return std::nullopt;
    const std::size_t close = bytes.find('>', open);
    const std::string_view tag =
        bytes.substr(open, close == std::string_view::npos ? std::string_view::npos : close - open);
    std::optional<double> w, h;
    if (auto v = attribute(tag, "width"))
        w = svg_length(*v);
    if (auto v = attribute(tag, "height"))
        h = svg_length(*v);
    if (auto box = attribute(tag, "viewBox"); box && (!w || !h)) {
        // "min-x min-y width height", by spaces or commas.
        std::string numbers(*box);
        for (char& c : numbers)
            if (c == ',')
                c = ' ';
        double v[4] = {0, 0, 0, 0};
        const char* p = numbers.c_str();
        int n = 0;
        for (char* stop = nullptr; n < 4; ++n, p = stop) {
            v[n] = std::strtod(p, &stop);
            if (stop == p)
                break;
        }
        if (n == 4 && std::isfinite(v[2]) && std::isfinite(v[3])) {
            if (!w)
                w = v[2];
            if (!h)
                h = v[3];
        }
    }
    if (!w || !h)
        return std::nullopt;
    return std::pair{*w, *h};
}

namespace {
// Whether the PNG open at `fd` holds its chunks whole up to its IEND: a
// file cut off in a copy or a download does not. Only the chunk headers
// are read. True for what is not a PNG (its own checks say more).
bool png_has_end(int fd) {
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return true;
    const auto size = static_cast<unsigned long long>(st.st_size);
    unsigned char sig[8];
    if (::pread(fd, sig, 8, 0) != 8 || std::memcmp(sig, "\x89PNG\r\n\x1a\n", 8) != 0)
        return true;
    unsigned long long at = 8;
    while (at + 12 <= size) {
        unsigned char h[8];
        if (::pread(fd, h, 8, static_cast<off_t>(at)) != 8)
            return false;
        const unsigned long long length =
            (static_cast<unsigned long long>(h[0]) << 24) | (h[1] << 16) | (h[2] << 8) | h[3];
        if (std::memcmp(h + 4, "IEND", 4) == 0)
            return true;
        at += 12 + length;
    }
    return false;
}
} // namespace

std::optional<std::string> sniff_art(const std::filesystem::path& file) {
    // Opened as the art cache opens it: no symbolic link followed (the path
    // is resolved), only a regular file, never waiting on a FIFO.
    std::string why;
    int fd = file.is_absolute() ? open_inside_folder(file.root_path(), file.relative_path(), &why)
                                : open_inside_folder(".", file, &why);
    if (fd < 0)
        return "cannot be opened: it " + why;
    std::array<char, 4096> head{};
    std::size_t got = 0;
    while (got < head.size()) {
        ssize_t n = ::read(fd, head.data() + got, head.size() - got);
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    const bool png_complete = png_has_end(fd);
    std::string_view bytes(head.data(), got);
    auto u = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };

    if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
        if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR")
            return "is a damaged PNG image (no image header)";
        auto be32 = [&](std::size_t i) {
            return (static_cast<unsigned long>(u(i)) << 24) | (u(i + 1) << 16) | (u(i + 2) << 8) |
                   u(i + 3);
        };
        ::close(fd);
        if (auto too_large = raster_too_large("PNG", be32(16), be32(20)))
            return too_large;
        // Found here, so that libpng never prints its own words about it.
        if (!png_complete)
            return "is cut off: the PNG file ends before its last part; save or export it again";
        return std::nullopt;
    }
    if (bytes.size() >= 3 && u(0) == 0xFF && u(1) == 0xD8 && u(2) == 0xFF) {
        // Read before any decoder sees it, as for PNG: a few hundred bytes
        // can declare 65535x65535 (16 GB of pixels).
        const auto size = jpeg_declared_size(fd);
        ::close(fd);
        if (!size)
            return "is a damaged JPEG image (no frame header before its image data)";
        return raster_too_large("JPEG", size->first, size->second);
    }
    ::close(fd);
    if (bytes.find("<svg") != std::string_view::npos) {
        // Read before any decoder sees it: SDL_image rasterises an SVG at
        // its declared size when asked for no other, and 23200x23200 is
        // 2 GB of pixels (a crash in its reader).
        if (auto size = svg_declared_size(bytes)) {
            const auto [w, h] = *size;
            auto shown = [](double v) {
                return std::abs(v) < 1e15 ? std::to_string(std::llround(v)) : std::string("huge");
            };
            if (!(w <= kMaxArtSide && h <= kMaxArtSide && w * h <= kMaxArtPixels))
                return "is an SVG image declaring " + shown(w) + "x" + shown(h) +
                       " pixels; art is limited to " + std::to_string(kMaxArtSide) +
                       " pixels a side and " + shown(kMaxArtPixels / 1e6) + " million pixels";
        }
        return std::nullopt;
    }
    if (bytes.empty())
        return "is empty";
    return "is not a PNG, JPEG or SVG image";
}

} // namespace hearth
