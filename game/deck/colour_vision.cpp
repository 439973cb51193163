#include "game/deck/colour_vision.hpp"

#include <algorithm>
#include <cmath>

namespace hearth {
namespace {

double linear(std::uint8_t v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::uint8_t encode(double l) {
    l = std::clamp(l, 0.0, 1.0);
    double c = l <= 0.0031308 ? l * 12.92 : 1.055 * std::pow(l, 1 / 2.4) - 0.055;
    return std::uint8_t(std::lround(c * 255));
}

std::uint8_t mix(std::uint8_t a, std::uint8_t b, double t) {
    return std::uint8_t(std::lround(a + (b - a) * t));
}

void to_lab(Color c, double& L, double& A, double& B) {
    const double r = linear(c.r), g = linear(c.g), b = linear(c.b);
    double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    L = 116 * f(y) - 16;
    A = 500 * (f(x) - f(y));
    B = 200 * (f(y) - f(z));
}

} // namespace

Color lift_for_contrast(Color bg, Color ink, double ratio) {
    const Color white{0xff, 0xff, 0xff, bg.a}, black{0, 0, 0, bg.a};
    const Color to = contrast_ratio(ink, white) >= contrast_ratio(ink, black) ? white : black;
    for (int step = 0; step <= 20; ++step) {
        const double t = step / 20.0;
        Color c{mix(bg.r, to.r, t), mix(bg.g, to.g, t), mix(bg.b, to.b, t), bg.a};
        if (contrast_ratio(ink, c) >= ratio)
            return c;
    }
    return to;
}

Color simulate(Color c, Deficiency d) {
    const double r = linear(c.r), g = linear(c.g), b = linear(c.b);
    double R = r, G = g, B = b;
    switch (d) {
    case Deficiency::Protan: // Viénot et al. 1999, in linear RGB
        R = 0.11238 * r + 0.88762 * g;
        G = 0.11238 * r + 0.88762 * g;
        B = 0.00401 * r - 0.00401 * g + b;
        break;
    case Deficiency::Deutan:
        R = 0.29275 * r + 0.70725 * g;
        G = 0.29275 * r + 0.70725 * g;
        B = -0.02234 * r + 0.02234 * g + b;
        break;
    case Deficiency::Tritan: // one plane of Brettel's projection
        R = r + 0.1273 * g - 0.1273 * b;
        G = 0.8739 * g + 0.1261 * b;
        B = 0.8739 * g + 0.1261 * b;
        break;
    }
    return {encode(R), encode(G), encode(B), c.a};
}

double lab_distance(Color a, Color b) {
    double l1, a1, b1, l2, a2, b2;
    to_lab(a, l1, a1, b1);
    to_lab(b, l2, a2, b2);
    return std::sqrt((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2));
}

} // namespace hearth
