#include "game/deck/art_probe.hpp"

#include <array>
#include <fstream>
#include <string_view>

namespace hearth {

std::optional<std::string> sniff_art(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return "cannot be opened";
    std::array<char, 4096> head{};
    in.read(head.data(), head.size());
    std::string_view bytes(head.data(), static_cast<std::size_t>(in.gcount()));
    auto u = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };

    if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) {
        if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR")
            return "is a damaged PNG image (no image header)";
        auto be32 = [&](std::size_t i) {
            return (static_cast<unsigned long>(u(i)) << 24) | (u(i + 1) << 16) | (u(i + 2) << 8) |
                   u(i + 3);
        };
        unsigned long w = be32(16), h = be32(20);
        if (w == 0 || h == 0 || w > 16384 || h > 16384)
            return "is a PNG image of impossible size " + std::to_string(w) + "x" +
                   std::to_string(h);
        return std::nullopt;
    }
    if (bytes.size() >= 3 && u(0) == 0xFF && u(1) == 0xD8 && u(2) == 0xFF)
        return std::nullopt;
    if (bytes.find("<svg") != std::string_view::npos)
        return std::nullopt;
    if (bytes.empty())
        return "is empty";
    return "is not a PNG, JPEG or SVG image";
}

} // namespace hearth
