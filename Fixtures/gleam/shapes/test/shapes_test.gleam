import gleeunit
import gleeunit/should
import shapes/geometry.{Rectangle}

pub fn main() -> Nil {
  gleeunit.main()
}

pub fn rectangle_area_test() {
  geometry.area(Rectangle(2.0, 3.0))
  |> should.equal(6.0)
}

pub fn total_area_test() {
  let shapes = [Rectangle(1.0, 2.0), Rectangle(3.0, 4.0)]
  assert geometry.total_area(shapes) == 14.0
}
