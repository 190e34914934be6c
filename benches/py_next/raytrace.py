# Raytrace: a small object-oriented ray tracer (vectors as objects, spheres and a
# checkered plane, diffuse and specular lighting, shadows and reflections).
import math

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, f):
        return Vector(self.x * f, self.y * f, self.z * f)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1.0)

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2.0)


ZERO = Vector(0.0, 0.0, 0.0)
RIGHT = Vector(1.0, 0.0, 0.0)
UP = Vector(0.0, 1.0, 0.0)
OUT = Vector(0.0, 0.0, 1.0)


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return (self.point - ray.point).dot(self.normal) / v
        return None

    def normal_at(self, p):
        return self.normal


class Colour:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def add(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def scale(self, f):
        return Colour(self.r * f, self.g * f, self.b * f)

    def mul(self, o):
        return Colour(self.r * o.r, self.g * o.g, self.b * o.b)


class SimpleSurface:
    def __init__(self, base, specular=0.2, lambert=0.6, ambient=0.2):
        self.base = base
        self.specular = specular
        self.lambert = lambert
        self.ambient = ambient

    def base_colour_at(self, p):
        return self.base

    def colour_at(self, scene, ray, p, normal, depth):
        b = self.base_colour_at(p)
        c = Colour(0.0, 0.0, 0.0)
        if self.specular > 0 and depth < 3:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            rc = scene.ray_colour(reflected, depth + 1)
            c = c.add(rc.scale(self.specular))
        if self.lambert > 0:
            lambert_amount = 0.0
            for light in scene.lights:
                if scene.visible(light, p):
                    contrib = (light - p).normalized().dot(normal)
                    if contrib > 0:
                        lambert_amount += contrib
            lambert_amount = min(1.0, lambert_amount)
            c = c.add(b.scale(self.lambert * lambert_amount))
        if self.ambient > 0:
            c = c.add(b.scale(self.ambient))
        return c


class CheckerboardSurface(SimpleSurface):
    def __init__(self, base, other, check_size=1.0):
        SimpleSurface.__init__(self, base)
        self.other = other
        self.check_size = check_size

    def base_colour_at(self, p):
        v = p - ZERO
        v = v.scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other
        return self.base


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Vector(0.0, 1.8, 10.0)
        self.look_at = Vector(0.0, 3.0, 0.0)
        self.field_of_view = 45.0

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def first_hit(self, ray):
        best = None
        best_t = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON:
                if best_t is None or t < best_t:
                    best_t = t
                    best = (obj, surface)
        return best, best_t

    def ray_colour(self, ray, depth):
        hit, t = self.first_hit(ray)
        if hit is None:
            return Colour(0.0, 0.0, 0.0)
        obj, surface = hit
        p = ray.point_at(t)
        return surface.colour_at(self, ray, p, obj.normal_at(p), depth)

    def visible(self, light, p):
        ray = Ray(p, light - p)
        hit, t = self.first_hit(ray)
        if hit is None:
            return True
        return t > (light - p).magnitude()

    def render(self, width, height):
        fov = self.field_of_view * math.pi / 180.0 / 2.0
        half_width = math.tan(fov)
        half_height = height / width * half_width
        pixel_width = half_width * 2.0 / (width - 1)
        pixel_height = half_height * 2.0 / (height - 1)
        eye = Ray(self.position, self.look_at - self.position)
        vpright = eye.vector.cross(UP).normalized()
        vpup = vpright.cross(eye.vector).normalized()
        pixels = []
        for y in range(height):
            row = []
            for x in range(width):
                xcomp = vpright.scale(x * pixel_width - half_width)
                ycomp = vpup.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.vector + xcomp + ycomp)
                c = self.ray_colour(ray, 0)
                row.append((min(255, int(c.r * 255)), min(255, int(c.g * 255)), min(255, int(c.b * 255))))
            pixels.append(row)
        return pixels


def main():
    scene = Scene()
    scene.lights.append(Vector(30.0, 30.0, 10.0))
    scene.lights.append(Vector(-10.0, 100.0, 30.0))
    scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0), SimpleSurface(Colour(1.0, 1.0, 0.0)))
    for y in range(6):
        scene.add(Sphere(Vector(-3.0 - y * 0.4, 2.3, -5.0), 0.4),
                  SimpleSurface(Colour(y / 6.0, 1.0 - y / 6.0, 0.5)))
    scene.add(Halfspace(Vector(0.0, 0.0, 0.0), UP),
              CheckerboardSurface(Colour(1.0, 1.0, 1.0), Colour(0.0, 0.0, 0.0)))
    pixels = scene.render(SIZE, SIZE)
    total = 0
    weighted = 0
    i = 0
    for row in pixels:
        for r, g, b in row:
            total += r + g + b
            weighted = (weighted * 131 + r * 65536 + g * 256 + b) % 2147483647
            i += 1
    print("raytrace", SIZE, i, total, weighted)


SIZE = 100
main()
