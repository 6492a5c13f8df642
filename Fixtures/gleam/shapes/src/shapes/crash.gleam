//// Fails on purpose, in the way its first argument names.

import gleam/io
import shapes/geometry.{Square}

@external(erlang, "shapes_ffi", "arguments")
fn arguments() -> List(String)

@external(erlang, "shapes_ffi", "to_atom")
fn to_atom(text: BitArray) -> a

pub fn main() -> Nil {
  case arguments() {
    ["panic"] -> panic as "the shapes are out of order"
    ["todo"] -> todo as "crashing on demand"
    ["let_assert"] -> {
      let assert Ok(shape) = geometry.parse("hexagon 6")
      io.println(geometry.describe(shape))
    }
    ["assert"] -> {
      assert geometry.area(Square(2.0)) == 5.0
    }
    ["erlang"] -> to_atom(<<255>>)
    _ -> io.println("usage: crash panic|todo|let_assert|assert|erlang")
  }
}
