#include "tools/png_file.hpp"

#include "engine/render/sdl_handles.hpp"
#include "game/base/atomic_file.hpp"

#include <SDL_image.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace hearth::tools {
namespace {

std::uint32_t crc32(std::string_view bytes) {
    static const auto table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (unsigned char b : bytes)
        c = table[(c ^ b) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void put32(std::string& out, std::uint32_t v) {
    out += static_cast<char>(v >> 24);
    out += static_cast<char>((v >> 16) & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>(v & 0xFF);
}

} // namespace

std::string with_resolution(std::string png, int dpi) {
    // Signature (8) and IHDR (4 length, 4 type, 13 data, 4 CRC).
    constexpr std::size_t kAfterHeader = 8 + 25;
    if (png.size() < kAfterHeader || png.compare(12, 4, "IHDR") != 0 ||
        png.find("pHYs") != std::string::npos)
        return png;
    const auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
    std::string chunk = "pHYs";
    put32(chunk, per_metre);
    put32(chunk, per_metre);
    chunk += '\x01'; // the unit is the metre
    std::string out;
    put32(out, 9);
    out += chunk;
    put32(out, crc32(chunk));
    png.insert(kAfterHeader, out);
    return png;
}

std::optional<std::string> save_print_png(SDL_Surface* surface, const std::string& file, int dpi,
                                          bool alpha) {
    SurfacePtr rgb;
    if (!alpha) {
        rgb.reset(SDL_ConvertSurfaceFormat(surface, SDL_PIXELFORMAT_RGB24, 0));
        if (!rgb)
            return std::string("cannot convert the image: ") + SDL_GetError();
        surface = rgb.get();
    }
    // Written by SDL_image, then read back to add the chunk and replaced
    // in one atomic step.
    if (IMG_SavePNG(surface, file.c_str()) != 0)
        return std::string("cannot write: ") + IMG_GetError();
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof())
        return std::string("cannot read back the image it wrote");
    if (auto problem = write_file_atomically(file, with_resolution(bytes.str(), dpi)))
        return *problem;
    return std::nullopt;
}

} // namespace hearth::tools
