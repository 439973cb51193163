// The App's frame: the scene, then what lies over it (pause, help, errors,
// the toast).
#include "engine/app.hpp"
#include "engine/words/translation.hpp"

#include "engine/overlays.hpp"

namespace hearth {

void App::draw() {
    SDL_Renderer* r = backend_->renderer();
    SDL_Point size = backend_->output_size();
    Gfx g{r, cards_, size.x, size.y, text_scale_};
    SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
    if (paused_) {
        draw_pause(g, bindings().keys(Command::Pause, Layer::Commands));
        return;
    }
    if (scene_) {
        scene_->draw(g, *this);
    } else {
        SDL_SetRenderDrawColor(r, 0x2a, 0x1e, 0x18, 0xff);
        SDL_RenderClear(r);
    }
    draw_phones(g);
    if (help_) {
        draw_help(g, help_keys());
    }
    if (!errors_.empty()) {
        const std::string leave = bindings().key(Command::Leave, Layer::Commands);
        draw_errors(g, error_title_, errors_,
                    !error_hint_.empty() ? error_hint_
                    : resume_blocked_
                        ? fill(tr("The file is left as it was. {key} quits."), {{"key", leave}})
                    : deck_.live().has_deck() && scene_
                        ? fill(tr("Fix the file and save: it reloads by itself. {key} hides this."),
                               {{"key", leave}})
                        : fill(tr("Fix the file and save: it reloads by itself. {key} quits."),
                               {{"key", leave}}));
    }
    if (!toast_.empty())
        draw_toast(g, toast_,
                   help_    ? help_toast_band(g)
                   : scene_ ? scene_->toast_band(g.w, g.h)
                            : SDL_Rect{0, g.h - g.px(190), g.w, g.px(60)});
}

} // namespace hearth
