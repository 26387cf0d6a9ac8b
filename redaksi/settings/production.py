"""The scale-out profile: refuses to start without the variables it cannot guess."""

from .base import *  # noqa: F403
from .env import env_bool, env_int, env_required

SECRET_KEY = env_required("SECRET_KEY")
env_required("DATABASE_URL")
ALLOWED_HOSTS = [h for h in env_required("ALLOWED_HOSTS").split(",") if h.strip()]
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
REDAKSI_SCHEDULER_SECONDS = env_int("REDAKSI_SCHEDULER_SECONDS", 30)
