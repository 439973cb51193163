// The table: what a group sees on the TV while it plays. Reads the session,
// turns commands into session actions, and draws seats, piles, mission,
// timer and the current card. The rules live in game/session*, never here.
#pragma once

#include "engine/scene.hpp"
#include "engine/sdl_handles.hpp"
#include "engine/table_layout.hpp"
#include "game/session.hpp"

#include <algorithm>
#include <optional>

namespace hearth {

class TableScene : public Scene {
public:
    explicit TableScene(Session session);

    bool on_event(const SDL_Event& e, SceneHost& host) override;
    void on_input(const Input& input, SceneHost& host) override;
    void advance(std::int64_t ms, SceneHost& host) override;
    void finish_animations() override;
    void draw(Gfx& gfx, SceneHost& host) override;
    bool animating(const SceneHost& host) const override;
    std::int64_t wake_in_ms() const override;
    void set_paused(bool paused, SceneHost& host) override;
    std::vector<std::pair<std::string, std::string>> help() const override;

    const Session& session() const { return session_; }

private:
    // Applies `action`; shows the refusal as a toast. True when applied.
    bool act(const Action& action, SceneHost& host);
    // Applies the time that passed since the last tick.
    void flush_clock(SceneHost& host);
    void start_animations(const Session& before, SceneHost& host);
    void draw_table(Gfx& gfx, SceneHost& host);
    void draw_summary(Gfx& gfx, SceneHost& host);
    void draw_center_card(Gfx& gfx, const Deck& deck, const TableLayout& L, std::int64_t now);
    void save_summary(SceneHost& host);

    Session session_;
    std::int64_t pending_ms_ = 0; // time not yet given to the session
    bool confirm_end_ = false;    // Escape pressed once
    std::string saved_to_;        // where the summary was saved
    TableLayout last_layout_;     // for hit tests of clicks and taps

    // Animations, in engine-clock milliseconds; they never block input.
    struct Anim {
        std::int64_t start = 0;
        std::int64_t length = 0;
        bool active(std::int64_t now) const { return now - start < length; }
        double t(std::int64_t now) const {
            return length <= 0 ? 1.0 : std::clamp(double(now - start) / length, 0.0, 1.0);
        }
    };
    Anim flip_;      // a card drawn: it flies from the pile and turns over
    Anim seat_move_; // the active mark or the talking piece moves seats
    int from_active_ = -1, from_talker_ = -1;
    std::int64_t last_now_ = 0;

    // The current card, rendered once into a texture and reused every frame.
    struct CardTexture {
        TexturePtr texture;
        std::string card;
        int w = 0, h = 0;
        SDL_Renderer* renderer = nullptr;
        const void* deck = nullptr;
    } card_tex_, back_tex_;
};

} // namespace hearth
