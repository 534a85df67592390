"""Runs one `python run` block for sitegen: python3 -I sitegen_launcher.py SCRIPT ARGS...

Standard output and standard error are written to descriptor 1 as one ordered stream
of frames, the frames the Java examples' launcher writes: the bytes 0 'S' 'G', a tag
(1 standard output, 2 standard error, 3 the example starts), a 4-byte big-endian length,
then the bytes written. Two pipes would lose the order between the two streams. Each
write is sent at once, as an unbuffered stream sends it.

SCRIPT then runs as `python3 SCRIPT ARGS...` runs it: as the module __main__, with
sys.argv[0] naming it. An exception that escapes it is printed by sys.excepthook without
this launcher's frame, and the exit code is 1. Standard library only; Python 3.8 or later.
"""
import builtins
import io
import os
import sys
import threading
import types

_MAGIC = b"\x00SG"
_OUT = 1
_ERR = 2
_START = 3
_lock = threading.RLock()


def _reset_lock_in_child():
    # a fork taken while another thread was writing must not leave the child's lock held
    global _lock
    _lock = threading.RLock()


def _frame(tag, data):
    frame = _MAGIC + bytes((tag,)) + len(data).to_bytes(4, "big") + data
    with _lock:
        view = memoryview(frame)
        while view:
            view = view[os.write(1, view):]


class _FramedWriter(io.RawIOBase):
    """Sends each write as one frame."""

    def __init__(self, tag, fd):
        super().__init__()
        self._tag = tag
        self._fd = fd

    def writable(self):
        return True

    def write(self, data):
        data = bytes(data)
        if data:
            _frame(self._tag, data)
        return len(data)

    def fileno(self):
        # what writes to the descriptor itself (a child process given sys.stdout) is read
        # as it comes, outside the frames
        return self._fd


def _stream(tag, fd, errors):
    return io.TextIOWrapper(_FramedWriter(tag, fd), encoding="utf-8", errors=errors, write_through=True)


def _run(script, args):
    with open(script, encoding="utf-8") as f:
        source = f.read()
    main = types.ModuleType("__main__")
    main.__file__ = script
    main.__builtins__ = builtins
    main.__spec__ = None
    main.__loader__ = None
    main.__package__ = None
    sys.modules["__main__"] = main
    sys.argv = [script] + args
    _frame(_START, b"")  # from here on, what happens is the example's doing, syntax errors included
    try:
        exec(compile(source, script, "exec", dont_inherit=True), main.__dict__)
    except SystemExit:
        raise
    except BaseException as e:
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != script:
            tb = tb.tb_next
        sys.excepthook(type(e), e.with_traceback(tb), tb)
        raise SystemExit(1)


if __name__ == "__main__":
    os.register_at_fork(after_in_child=_reset_lock_in_child)
    sys.stdout = _stream(_OUT, 1, "strict")
    sys.stderr = _stream(_ERR, 2, "backslashreplace")
    _run(sys.argv[1], sys.argv[2:])
