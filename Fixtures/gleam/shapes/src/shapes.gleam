//// Works out the areas of a few shapes and prints them.

import gleam/float
import gleam/int
import gleam/io
import gleam/list
import shapes/geometry.{Circle, Rectangle, Square}

pub fn main() -> Nil {
  let shapes = [Circle(1.0), Rectangle(2.0, 3.5), Square(2.0)]
  io.println("shapes: " <> int.to_string(list.length(shapes)))
  list.each(shapes, fn(shape) { io.println(geometry.describe(shape)) })
  io.println("total area: " <> float.to_string(geometry.total_area(shapes)))
  case geometry.parse("triangle 3") {
    Ok(shape) -> io.println("parsed: " <> geometry.describe(shape))
    Error(error) ->
      io.println_error("could not parse: " <> geometry.error_message(error))
  }
}
