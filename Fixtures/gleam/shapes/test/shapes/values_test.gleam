import gleam/io
import shapes/values

@external(erlang, "shapes_ffi", "to_atom")
fn to_atom(text: BitArray) -> a

@external(erlang, "timer", "sleep")
fn sleep(milliseconds: Int) -> a

pub fn first_value_test() {
  assert values.main().0 == Ok(1)
}

pub fn slow_test() {
  sleep(300)
  assert 1 + 1 == 2
}

pub fn chatty_test() {
  io.println("checking the sum")
  io.println("of one and one")
  assert 1 + 1 == 3
}

pub fn erlang_error_test() {
  to_atom(<<255>>)
}
