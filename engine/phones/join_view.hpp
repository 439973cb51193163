// The join panel: the QR code, the address typed out, the room code and the
// phones that joined. On the set-up screen beside the names, and over the
// table when the host presses J (drawn by the App, app_phones.cpp).
#pragma once

#include "engine/scene.hpp"

#include <string>
#include <vector>

namespace hearth {

struct JoinView {
    std::string url;                 // what the QR code holds, typed out below it
    std::string room;                // the room code
    std::vector<std::string> others; // the machine's other addresses
    std::vector<std::string> phones; // one line per phone (phones_phone_said)
    int lit = -1;                    // the phone the host's keys act on (the overlay)
    bool locked = false;
    std::string hint; // the keys, in the overlay; empty on the set-up screen
};

// Draws the panel into `rect` (light, rounded); the QR code as large as fits.
void draw_join(Gfx& g, SDL_Rect rect, const JoinView& v);
// Where the QR code lands in a panel drawn into `rect` (tests decode it).
SDL_Rect join_qr_rect(const Gfx& g, SDL_Rect rect);

} // namespace hearth
