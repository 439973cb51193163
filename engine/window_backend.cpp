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

#include <SDL_opengl.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace hearth {
namespace {

// The accelerated renderer's window (the software one is software_window.cpp).
class WindowBackend final : public Backend {
public:
    WindowBackend(WindowPtr w, RendererPtr r, std::string what)
        : window_(std::move(w)), renderer_(std::move(r)), what_(std::move(what)) {}
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
    void present() override { SDL_RenderPresent(renderer_.get()); }
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
    WindowPtr window_;
    RendererPtr renderer_;
    std::string what_;
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

bool display_found(std::string& error) {
    const char* driver = SDL_GetCurrentVideoDriver();
    if (!driver || std::strcmp(driver, "dummy") == 0 || std::strcmp(driver, "offscreen") == 0) {
        error = "no display (SDL video driver: " + std::string(driver ? driver : "none") + ")";
        return false;
    }
    return true;
}

std::unique_ptr<Backend> open_window(int w, int h, std::string& error) {
    // Text entry is on only while a name is being typed (no IME popups).
    SDL_StopTextInput();
    if (!display_found(error))
        return nullptr;
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
                return std::make_unique<WindowBackend>(
                    std::move(window), std::move(renderer),
                    "accelerated renderer " + name + (gl ? std::string(" (") + gl + ")" : ""));
        }
    }
    std::unique_ptr<SoftwareWindow> software = make_software_window(w, h, error);
    if (!software)
        return nullptr;
    WindowPtr window = open_software_window(w, h, error);
    if (!window)
        return nullptr;
    software->attach(std::move(window));
    return software;
}

bool software_renderer_chosen() {
    const char* choice = std::getenv("HEARTH_RENDERER");
    const std::string want = choice ? choice : "auto";
    return want == "software" || (want != "accelerated" && !has_gpu_device());
}

} // namespace hearth
