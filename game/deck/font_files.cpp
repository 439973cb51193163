#include "game/deck/font_files.hpp"

#include <array>
#include <cstring>
#include <fstream>

namespace hearth {

std::optional<std::string> font_problem(const std::filesystem::path& file,
                                        std::uintmax_t max_bytes) {
    std::error_code ec;
    auto status = std::filesystem::status(file, ec);
    if (ec || !std::filesystem::exists(status))
        return std::string("does not exist");
    if (!std::filesystem::is_regular_file(status))
        return std::string("is not a file");
    auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return "cannot be read: " + ec.message();
    if (size > max_bytes)
        return "is " + std::to_string(size >> 20) + " MiB; a font is limited to " +
               std::to_string(max_bytes >> 20) + " MiB";
    std::array<char, 4> magic{};
    std::ifstream in(file, std::ios::binary);
    if (!in.read(magic.data(), magic.size()))
        return std::string("is too short to be a font");
    // TrueType (1.0 or 'true'), OpenType with CFF outlines, a collection.
    static constexpr const char* kMagic[] = {"\x00\x01\x00\x00", "true", "OTTO", "ttcf"};
    for (const char* m : kMagic)
        if (std::memcmp(magic.data(), m, 4) == 0)
            return std::nullopt;
    if (std::memcmp(magic.data(), "wOFF", 4) == 0 || std::memcmp(magic.data(), "wOF2", 4) == 0)
        return std::string("is a web font (WOFF): use the .ttf or .otf it was made from");
    return std::string("is not a TrueType or OpenType font (.ttf, .otf)");
}

} // namespace hearth
