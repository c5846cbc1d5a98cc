from .session import get_session, SharedSession

__all__ = ["get_session", "SharedSession"]
