# Data only: koers files and icons. Installed as the package data `koerswijzer.resources`.
