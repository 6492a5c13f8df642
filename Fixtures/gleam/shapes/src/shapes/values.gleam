//// One of each kind of Gleam value, to see how they are printed.

import gleam/dict
import shapes/geometry.{Circle}

pub type Colour {
  Red
  Green
  Blue
}

pub type Pair(a, b) {
  Pair(first: a, second: b)
}

pub fn main() {
  #(
    Ok(1),
    Error("not found"),
    [1, 2, 3],
    Nil,
    True,
    Circle(1.5),
    <<255, 0, 7>>,
    <<5:size(3)>>,
    dict.from_list([#("a", 1), #("b", 2)]),
    "héllo\n\"quoted\"",
    -3.25,
    Red,
    Pair(Green, [Blue]),
    #(),
    [],
    123_456_789_012_345_678_901_234_567_890,
  )
}
