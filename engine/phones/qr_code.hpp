// A QR code for the join address (libqrencode), as a square of modules.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace hearth {

struct QrCode {
    int size = 0;           // modules per side, without the quiet zone
    std::vector<bool> dark; // size * size, row by row
    bool at(int x, int y) const {
        return dark[std::size_t(y) * std::size_t(size) + std::size_t(x)];
    }
};
// Medium error correction (15%: a TV's glare); nullopt if the text is too long.
std::optional<QrCode> make_qr(std::string_view text);

} // namespace hearth
