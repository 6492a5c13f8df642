import gleeunit/should
import shapes/geometry.{Circle, Square, UnknownShape}

pub fn parse_square_test() {
  let assert Ok(Square(side)) = geometry.parse("square 3")
  assert side == 3.0
}

pub fn parse_unknown_test() {
  geometry.parse("hexagon 6")
  |> should.equal(Error(UnknownShape("hexagon")))
}

pub fn square_area_test() {
  assert geometry.area(Square(2.0)) == 5.0
}

pub fn parse_hexagon_test() {
  let assert Ok(shape) = geometry.parse("hexagon 6")
  assert geometry.area(shape) >. 0.0
}

pub fn describe_circle_test() {
  geometry.describe(Circle(2.0))
  |> should.equal("circle of radius 2")
}

pub fn is_round_test() {
  assert geometry.is_round(Square(1.0))
}

pub fn triangle_test() {
  todo as "triangles are not shapes yet"
}

pub fn give_up_test() {
  panic as "this test gives up"
}
