#include "engine/phones/qr_code.hpp"

#include <qrencode.h>

#include <memory>
#include <string>

namespace hearth {

std::optional<QrCode> make_qr(std::string_view text) {
    std::string s(text);
    std::unique_ptr<QRcode, decltype(&QRcode_free)> q(
        QRcode_encodeString8bit(s.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!q)
        return std::nullopt;
    QrCode out;
    out.size = q->width;
    out.dark.resize(std::size_t(q->width) * std::size_t(q->width));
    for (std::size_t i = 0; i < out.dark.size(); ++i)
        out.dark[i] = (q->data[i] & 1) != 0;
    return out;
}

} // namespace hearth
