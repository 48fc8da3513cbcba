public import StoreCore

/// The store error every port shares, under the name Operations has always used: the type
/// itself lives in `StoreCore`, where Casework's store port can use it without importing
/// Operations.
public typealias StoreError = StoreCore.StoreError
