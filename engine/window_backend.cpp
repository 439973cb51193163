// The window and the choice of renderer.
//
// Why: on a real GPU the accelerated renderer is right (cheap compositing,
// vsync). Without one, Mesa's llvmpipe runs GL on the CPU and costs about
// 90 MB of memory for a bare window against about 12 MB for SDL's software
// renderer on a plain framebuffer (measured under Xvfb, docs/performance.md),
// and it is no faster for a screen that redraws only on input. So: try the
// accelerated renderer, read the GL renderer string, and if it is a software
// rasteriser, close it and reopen the window with the software renderer and
// SDL_HINT_FRAMEBUFFER_ACCELERATION=0 (else SDL backs even a software window
// with GL). The probe itself loads Mesa (about 70 MB that stay mapped after
// the fallback), so when the machine has no GPU device at all (/dev/dri is
// empty or missing, as under Xvfb or in a plain VM) the software renderer is
// chosen without probing. HEARTH_RENDERER=software or =accelerated skips
// the probe.
#include "engine/backend.hpp"
#include "engine/changed_rows.hpp"

#include <SDL_opengl.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace hearth {
namespace {

class WindowBackend final : public Backend {
public:
    WindowBackend(WindowPtr w, RendererPtr r, std::string what, bool software)
        : window_(std::move(w)), renderer_(std::move(r)), what_(std::move(what)),
          software_(software) {
        if (software_)
            SDL_AddEventWatch(&WindowBackend::watch, this);
    }
    ~WindowBackend() override {
        if (software_)
            SDL_DelEventWatch(&WindowBackend::watch, this);
    }
    WindowBackend(const WindowBackend&) = delete;
    WindowBackend& operator=(const WindowBackend&) = delete;
    SDL_Renderer* renderer() override { return renderer_.get(); }
    SDL_Point output_size() override {
        SDL_Point p{0, 0};
        SDL_GetRendererOutputSize(renderer_.get(), &p.x, &p.y);
        return p;
    }
    SDL_Point window_size() override {
        SDL_Point p{0, 0};
        SDL_GetWindowSize(window_.get(), &p.x, &p.y);
        return p;
    }
    SDL_FPoint pointer_scale() override {
        SDL_Point o = output_size(), w = window_size();
        if (w.x <= 0 || w.y <= 0)
            return {1, 1};
        return {float(o.x) / w.x, float(o.y) / w.y};
    }
    // The software renderer draws into the window's surface. During an
    // animation only the parts that changed since the last frame are copied
    // to the display (at 1920x1080 a whole frame is 8 MB for the X server to
    // take each time); they are found when the frame is drawn, before the
    // frame pacer waits, so that a present is only the copy. Other frames
    // (a key press, a timer's second) are copied whole, as comparing costs
    // more than copying once, and keep no copy (start-up, memory).
    void frame_drawn(bool animating) override {
        if (!software_)
            return;
        found_ = true;
        whole_ = true;
        rects_.clear();
        SDL_RenderFlush(renderer_.get());
        SDL_Surface* surface = SDL_GetWindowSurface(window_.get());
        // SDL_RenderPresent shows nothing while the window is hidden.
        const bool hidden =
            SDL_GetWindowFlags(window_.get()) & (SDL_WINDOW_HIDDEN | SDL_WINDOW_MINIMIZED);
        if (!animating || hidden || !surface) {
            rows_.forget();
            return;
        }
        rects_ = rows_.changes(*surface, lost_.exchange(false));
        whole_ = false;
    }
    // The copy of the last frame the comparison keeps (8 MB at 1080p): made
    // and touched here, the first flight's first frame paid 5-7 ms for it.
    void prepare_animation() override {
        if (SDL_Surface* surface = software_ ? SDL_GetWindowSurface(window_.get()) : nullptr)
            rows_.reserve(*surface);
    }
    void present() override {
        if (!software_) {
            SDL_RenderPresent(renderer_.get());
            return;
        }
        if (!found_)
            frame_drawn(false);
        found_ = false;
        if (whole_)
            SDL_RenderPresent(renderer_.get());
        else if (!rects_.empty())
            SDL_UpdateWindowSurfaceRects(window_.get(), rects_.data(), int(rects_.size()));
    }
    void toggle_fullscreen() override {
        bool full = SDL_GetWindowFlags(window_.get()) & SDL_WINDOW_FULLSCREEN_DESKTOP;
        SDL_SetWindowFullscreen(window_.get(), full ? 0 : SDL_WINDOW_FULLSCREEN_DESKTOP);
    }
    void set_text_input(bool on) override {
        if (on)
            SDL_StartTextInput();
        else
            SDL_StopTextInput();
    }
    std::string describe() override { return what_; }

private:
    // The display has lost what the window showed, or its size changed:
    // the next present copies all of it.
    static int SDLCALL watch(void* self, SDL_Event* e) {
        auto* b = static_cast<WindowBackend*>(self);
        if (e->type == SDL_WINDOWEVENT && e->window.windowID == SDL_GetWindowID(b->window_.get()))
            switch (e->window.event) {
            case SDL_WINDOWEVENT_EXPOSED:
            case SDL_WINDOWEVENT_SHOWN:
            case SDL_WINDOWEVENT_RESTORED:
            case SDL_WINDOWEVENT_MAXIMIZED:
            case SDL_WINDOWEVENT_RESIZED:
            case SDL_WINDOWEVENT_SIZE_CHANGED:
                b->lost_ = true;
                break;
            default:
                break;
            }
        return 1;
    }

    WindowPtr window_;
    RendererPtr renderer_;
    std::string what_;
    bool software_;
    ChangedRows rows_;
    std::atomic<bool> lost_{true};
    // The frame drawn last: whether it was compared yet, and what to copy.
    bool found_ = false, whole_ = true;
    std::vector<SDL_Rect> rects_;
};

bool software_gl(const char* gl_renderer) {
    if (!gl_renderer)
        return false;
    for (const char* s : {"llvmpipe", "softpipe", "swrast", "Software Rasterizer"})
        if (std::strstr(gl_renderer, s))
            return true;
    return false;
}

// True when the kernel shows a GPU device node (Linux DRM).
bool has_gpu_device() {
#ifdef __linux__
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/dev/dri", ec)) {
        std::string name = entry.path().filename().string();
        if (name.rfind("card", 0) == 0 || name.rfind("renderD", 0) == 0)
            return true;
    }
    return false;
#else
    return true;
#endif
}

WindowPtr make_window(int w, int h, Uint32 extra) {
    return WindowPtr(SDL_CreateWindow("Hearth", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w,
                                      h, SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | extra));
}

} // namespace

std::unique_ptr<Backend> open_window(int w, int h, std::string& error) {
    // Text entry is on only while a name is being typed (no IME popups).
    SDL_StopTextInput();
    const char* driver = SDL_GetCurrentVideoDriver();
    if (!driver || std::strcmp(driver, "dummy") == 0 || std::strcmp(driver, "offscreen") == 0) {
        error = "no display (SDL video driver: " + std::string(driver ? driver : "none") + ")";
        return nullptr;
    }
    const char* choice = std::getenv("HEARTH_RENDERER");
    std::string want = choice ? choice : "auto";
    if (want == "accelerated" || (want != "software" && has_gpu_device())) {
        WindowPtr window = make_window(w, h, 0);
        if (!window) {
            error = SDL_GetError();
            return nullptr;
        }
        RendererPtr renderer(SDL_CreateRenderer(
            window.get(), -1, SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC));
        if (renderer) {
            SDL_RendererInfo info{};
            SDL_GetRendererInfo(renderer.get(), &info);
            std::string name = info.name ? info.name : "?";
            const char* gl = nullptr;
            if (name.rfind("opengl", 0) == 0) {
                auto get = reinterpret_cast<const GLubyte* (*)(GLenum)>(
                    SDL_GL_GetProcAddress("glGetString"));
                if (get)
                    gl = reinterpret_cast<const char*>(get(GL_RENDERER));
            }
            if (want == "accelerated" || !software_gl(gl))
                return std::make_unique<WindowBackend>(std::move(window), std::move(renderer),
                                                       "accelerated renderer " + name +
                                                           (gl ? std::string(" (") + gl + ")" : ""),
                                                       false);
        }
    }
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    WindowPtr window = make_window(w, h, 0);
    if (!window) {
        error = SDL_GetError();
        return nullptr;
    }
    RendererPtr renderer(SDL_CreateRenderer(window.get(), -1, SDL_RENDERER_SOFTWARE));
    if (!renderer) {
        error = SDL_GetError();
        return nullptr;
    }
    return std::make_unique<WindowBackend>(std::move(window), std::move(renderer),
                                           want == "software"
                                               ? "software renderer (HEARTH_RENDERER=software)"
                                               : "software renderer (no GPU found)",
                                           true);
}

} // namespace hearth
